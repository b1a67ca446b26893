import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiUrl, fetchJson } from './client';
import * as z from 'zod/mini';
import { checkRecords, envelope, records } from './list-document';
import { EcosystemDetailDocument, EcosystemSummary } from './documents';

const Envelope = z.object({ ...envelope, ecosystems: records });

export const ecosystemsQuery = () =>
  queryOptions({
    queryKey: ['ecosystems'],
    queryFn: async ({ signal }) => {
      const document = await fetchJson(apiUrl('ecosystems.json'), Envelope, { signal });
      const { items, rejected } = checkRecords(document.ecosystems, EcosystemSummary);
      return { generatedAt: document.generatedAt, ecosystems: items, rejected };
    },
  });

export const ecosystemQuery = (id: string) =>
  queryOptions({
    queryKey: ['ecosystems', id],
    queryFn: ({ signal }) =>
      fetchJson(apiUrl(`ecosystems/${encodeURIComponent(id)}.json`), EcosystemDetailDocument, {
        signal,
      }),
  });

export const useEcosystems = () => useSuspenseQuery(ecosystemsQuery()).data;
export const useEcosystem = (id: string) => useSuspenseQuery(ecosystemQuery(id)).data;
