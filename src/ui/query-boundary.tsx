import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from './error-boundary';
import { ErrorState } from './error-state';
import { Spinner } from './spinner';

type ErrorRenderer = (error: unknown, retry: () => void) => ReactNode;

/** Loading and error states for one region that reads data: a failure offers "Try again". */
export function QueryBoundary({
  children,
  title,
  loadingLabel,
  renderError,
}: {
  children: ReactNode;
  title?: string;
  loadingLabel?: string;
  /** Replaces the default error state, e.g. to show "not found" for a 404. */
  renderError?: ErrorRenderer;
}) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={reset}
          fallback={({ error, reset: retry }) =>
            renderError?.(error, retry) ?? (
              <ErrorState title={title} error={error} onRetry={retry} />
            )
          }
        >
          <Suspense fallback={<Spinner label={loadingLabel} />}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
