import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Ecosystem } from '../../api/documents';
import './column-head.css';

type Named = Pick<Ecosystem, 'id' | 'name' | 'placeholder'>;

/** An ecosystem's name, linking to its page with the comparison kept in the tray there. */
export function ColumnHead({
  ecosystem,
  compare,
}: {
  ecosystem: Named;
  /** The ids compared, for the tray on the ecosystem's page. */
  compare: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Link
        to="/ecosystems/$id"
        params={{ id: ecosystem.id }}
        search={{ compare }}
        className="compare-head__name"
      >
        {ecosystem.name}
      </Link>
      {ecosystem.placeholder && (
        <span className="badge badge--small">{t('ecosystem.placeholder.badge')}</span>
      )}
    </>
  );
}

/** Takes an ecosystem out of the comparison; kept out of the header so its name stays short. */
export function RemoveButton({
  ecosystem,
  onRemove,
}: {
  ecosystem: Named;
  onRemove: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="link-button compare-remove"
      aria-label={t('compare.removeName', { name: ecosystem.name })}
      onClick={() => onRemove(ecosystem.id)}
    >
      {t('compare.remove')}
    </button>
  );
}
