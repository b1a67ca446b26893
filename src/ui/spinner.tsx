import { useTranslation } from 'react-i18next';
import './spinner.css';

export function Spinner({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="spinner" role="status" aria-live="polite">
      <span className="spinner__dot" aria-hidden="true" />
      {label ?? t('common.loading')}
    </div>
  );
}
