import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiUrl, fetchJson } from './client';
import { EcosystemDocument, EcosystemsDocument } from './schemas';

export const ecosystemsQuery = () =>
  queryOptions({
    queryKey: ['ecosystems'],
    queryFn: ({ signal }) => fetchJson(apiUrl('ecosystems.json'), EcosystemsDocument, { signal }),
  });

export const ecosystemQuery = (id: string) =>
  queryOptions({
    queryKey: ['ecosystems', id],
    queryFn: ({ signal }) =>
      fetchJson(apiUrl(`ecosystems/${encodeURIComponent(id)}.json`), EcosystemDocument, {
        signal,
      }),
  });

export const useEcosystems = () => useSuspenseQuery(ecosystemsQuery()).data;
export const useEcosystem = (id: string) => useSuspenseQuery(ecosystemQuery(id)).data;
