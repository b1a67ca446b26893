// The ecosystems chosen while browsing (`?compare=`), each with a remove button, and the link
// to see them side by side. The app shows it on every page but /compare.
import { Link } from '@tanstack/react-router';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useEcosystems } from '../../api/ecosystems';
import { useLocations } from '../../api/locations';
import { useEcosystemNames } from '../../i18n/ecosystem-names';
import { MAX_COMPARE, serialiseCompareIds } from '../../domain/url-state';
import { RegionBoundary } from '../../ui/region-boundary';
import './compare-tray.css';

interface TrayProps {
  ids: readonly string[];
  onRemove: (id: string) => void;
}

function Tray({ ids, onRemove }: TrayProps) {
  const { t } = useTranslation();
  const { ecosystems } = useEcosystems();
  const { locations } = useLocations();
  const names = useEcosystemNames();
  // A placeholder is called after its location in the visitor's language.
  const chosen = ids
    .flatMap((id) => ecosystems.filter((ecosystem) => ecosystem.id === id))
    .map((ecosystem) => ({
      ...ecosystem,
      name: names.name(
        ecosystem,
        locations.find((location) => location.id === ecosystem.locationId),
      ),
    }));
  if (chosen.length === 0) return null;
  return (
    <aside className="compare-tray" aria-label={t('compare.tray.label')}>
      <p className="compare-tray__title">{t('compare.tray.chosen')}</p>
      <ul className="compare-tray__list">
        {chosen.map((ecosystem) => (
          <li key={ecosystem.id}>
            <span>{ecosystem.name}</span>
            <button
              type="button"
              className="compare-tray__remove"
              onClick={() => onRemove(ecosystem.id)}
            >
              <span aria-hidden="true">×</span>
              <span className="visually-hidden">
                {t('compare.tray.remove', { name: ecosystem.name })}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {chosen.length >= MAX_COMPARE && (
        <p className="compare-tray__note">{t('compare.tray.full')}</p>
      )}
      {chosen.length === 1 && <p className="compare-tray__note">{t('compare.tray.needMore')}</p>}
      <Link
        to="/compare"
        search={{
          ids: serialiseCompareIds(chosen.map((ecosystem) => ecosystem.id)),
          compare: undefined,
        }}
        className="button compare-tray__open"
      >
        {t('compare.tray.open', { count: chosen.length })}
      </Link>
    </aside>
  );
}

export function CompareTray(props: TrayProps) {
  const { t } = useTranslation();
  if (props.ids.length === 0) return null;
  return (
    <RegionBoundary title={t('compare.failed')}>
      <Suspense fallback={null}>
        <Tray {...props} />
      </Suspense>
    </RegionBoundary>
  );
}
