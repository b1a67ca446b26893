import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useExplorerData } from '../../queries/explorer-data';
import { serialiseFilters, type Filters } from '../../domain/url-state';
import { useEcosystemNames } from '../../i18n/ecosystem-names';
import './sibling-nav.css';

/** "Back to the map" with the filters, and previous / next within the filtered set. */
export function SiblingNav({ id, filters }: { id: string; filters: Filters }) {
  const { t } = useTranslation();
  const { filtered, locationsById } = useExplorerData(filters);
  const names = useEcosystemNames();
  const nameOf = (ecosystem: (typeof filtered)[number]) =>
    names.name(ecosystem, locationsById.get(ecosystem.locationId));
  const search = useMemo(() => serialiseFilters(filters), [filters]);
  const index = filtered.findIndex((ecosystem) => ecosystem.id === id);
  const previous = index > 0 ? filtered[index - 1] : undefined;
  const next = index >= 0 ? filtered[index + 1] : undefined;
  return (
    <nav className="sibling-nav" aria-label={t('ecosystem.siblings.label')}>
      <Link to="/" search={search} className="back-link">
        <span aria-hidden="true">← </span>
        {t('ecosystem.siblings.back')}
      </Link>
      {index >= 0 && (
        <span className="muted">
          {t('ecosystem.siblings.position', { index: index + 1, total: filtered.length })}
        </span>
      )}
      <span className="sibling-nav__steps">
        {previous && (
          <Link to="/ecosystems/$id" params={{ id: previous.id }} search={search} rel="prev">
            {t('ecosystem.siblings.previous', { name: nameOf(previous) })}
          </Link>
        )}
        {next && (
          <Link to="/ecosystems/$id" params={{ id: next.id }} search={search} rel="next">
            {t('ecosystem.siblings.next', { name: nameOf(next) })}
          </Link>
        )}
      </span>
    </nav>
  );
}
