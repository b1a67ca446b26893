import { useTranslation } from 'react-i18next';
import { describeError } from '../i18n/describe-error';
import './error-state.css';

export function ErrorState({
  title,
  error,
  onRetry,
}: {
  title?: string;
  error: unknown;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="error-state" role="alert">
      <p className="error-state__title">{title ?? t('errors.couldNotLoad')}</p>
      <p className="error-state__detail">{describeError(error, t)}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.tryAgain')}
        </button>
      )}
    </div>
  );
}
