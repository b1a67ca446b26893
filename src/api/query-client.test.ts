import { describe, expect, it } from 'vitest';
import { shouldRetry } from './client';
import { createQueryClient } from './query-client';

describe('createQueryClient', () => {
  it('keeps the static data fresh forever and in memory for half an hour', () => {
    expect(createQueryClient().getDefaultOptions()).toEqual({
      queries: {
        staleTime: Infinity,
        gcTime: 1_800_000,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        retry: shouldRetry,
      },
    });
  });

  it('retries with the retry policy unless retries are turned off', () => {
    expect(createQueryClient().getDefaultOptions().queries?.retry).toBe(shouldRetry);
    expect(createQueryClient({ retry: true }).getDefaultOptions().queries?.retry).toBe(shouldRetry);
    expect(createQueryClient({ retry: false }).getDefaultOptions().queries?.retry).toBe(false);
  });

  it('gives each call a client of its own', () => {
    expect(createQueryClient()).not.toBe(createQueryClient());
  });
});
