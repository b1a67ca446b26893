import { ApiError } from '../api/client';

function describe(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Something went wrong while showing this part of the page.';
}

export function ErrorState({
  title = 'This could not be loaded',
  error,
  onRetry,
}: {
  title?: string;
  error: unknown;
  onRetry?: () => void;
}) {
  return (
    <div className="error-state" role="alert">
      <p className="error-state__title">{title}</p>
      <p className="error-state__detail">{describe(error)}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
