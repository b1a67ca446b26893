import { useTranslation } from 'react-i18next';

/** A value left out of the link, with why when there is more than one reason. */
export type DroppedValue = string | { value: string; reason: string };

/** Tells the user which values of the link were not recognised and were left out. */
export function FilterNotice({
  dropped,
  onDismiss,
  message,
}: {
  dropped: readonly DroppedValue[];
  onDismiss: () => void;
  /** The sentence before the values; the filters' by default. */
  message?: string;
}) {
  const { t } = useTranslation();
  if (dropped.length === 0) return null;
  return (
    <div className="notice" role="status">
      <p>
        {message ?? t('filters.dropped')}{' '}
        {dropped.map((item, index) => {
          const { value, reason } = typeof item === 'string' ? { value: item, reason: '' } : item;
          return (
            <span key={`${value}-${index}`}>
              {index > 0 && ', '}
              <q>{value}</q>
              {reason && ` (${reason})`}
            </span>
          );
        })}
        .
      </p>
      <button type="button" className="button button--quiet" onClick={onDismiss}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}
