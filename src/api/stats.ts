import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiUrl, fetchJson } from './client';
import { StatsDocument } from './documents';

export const statsQuery = () =>
  queryOptions({
    queryKey: ['stats'],
    queryFn: ({ signal }) => fetchJson(apiUrl('stats.json'), StatsDocument, { signal }),
  });

export const useStats = () => useSuspenseQuery(statsQuery()).data;
