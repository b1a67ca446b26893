import { useTranslation } from 'react-i18next';

/** Tells the user which values of the link were not recognised and were left out. */
export function FilterNotice({ dropped, onDismiss }: { dropped: string[]; onDismiss: () => void }) {
  const { t } = useTranslation();
  if (dropped.length === 0) return null;
  return (
    <div className="notice" role="status">
      <p>
        {t('filters.dropped')}{' '}
        {dropped.map((value, index) => (
          <span key={`${value}-${index}`}>
            {index > 0 && ', '}
            <q>{value}</q>
          </span>
        ))}
        .
      </p>
      <button type="button" className="button button--quiet" onClick={onDismiss}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}
