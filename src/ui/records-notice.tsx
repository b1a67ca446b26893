import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Says how many records were skipped because they were broken; the rest of the page works. */
export function RecordsNotice({ rejected }: { rejected: number }) {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState(false);
  if (rejected === 0 || dismissed) return null;
  return (
    <div className="notice" role="status">
      <p>{t('errors.records', { count: rejected })}</p>
      <button type="button" className="button button--quiet" onClick={() => setDismissed(true)}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}
