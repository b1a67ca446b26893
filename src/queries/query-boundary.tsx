import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from '../ui/error-boundary';
import { ErrorState } from '../ui/error-state';
import { Spinner } from '../ui/spinner';

type ErrorRenderer = (error: unknown, retry: () => void) => ReactNode;

function Wrap({ className, children }: { className: string | undefined; children: ReactNode }) {
  return className ? <div className={className}>{children}</div> : children;
}

/** Loading and error states for one region that reads data: a failure offers "Try again". */
export function QueryBoundary({
  children,
  title,
  loadingLabel,
  renderError,
  className,
}: {
  children: ReactNode;
  /** Wraps the loading and error states (not the content), e.g. to place them in a grid. */
  className?: string;
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
          fallback={({ error, reset: retry }) => (
            <Wrap className={className}>
              {renderError?.(error, retry) ?? (
                <ErrorState title={title} error={error} onRetry={retry} />
              )}
            </Wrap>
          )}
        >
          <Suspense
            fallback={
              <Wrap className={className}>
                <Spinner label={loadingLabel} />
              </Wrap>
            }
          >
            {children}
          </Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
