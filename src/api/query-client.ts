import { QueryClient } from '@tanstack/react-query';
import { shouldRetry } from './client';

/** Static data is fresh forever: no refetch on focus, retries only where they can help. */
export function createQueryClient(overrides: { retry?: boolean } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: 30 * 60_000,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        retry: overrides.retry === false ? false : shouldRetry,
      },
    },
  });
}
