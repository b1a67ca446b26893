import type { ReactNode } from 'react';
import { ErrorBoundary } from './error-boundary';
import { ErrorState } from './error-state';

/** Keeps a failure inside one region of the page (filters, list, a slide) with "Try again". */
export function RegionBoundary({ title, children }: { title: string; children: ReactNode }) {
  return (
    <ErrorBoundary
      fallback={({ error, reset }) => <ErrorState title={title} error={error} onRetry={reset} />}
    >
      {children}
    </ErrorBoundary>
  );
}
