import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { ChangesDocument } from './changes-schema';
import { apiUrl, fetchJson } from './client';

/** The newest changes, as the /changes page lists them (changes.json holds them all). */
export const changesQuery = () =>
  queryOptions({
    queryKey: ['changes', 'latest'],
    queryFn: ({ signal }) => fetchJson(apiUrl('changes/latest.json'), ChangesDocument, { signal }),
  });

/** One ecosystem's own changes, for its page's History. */
export const ecosystemChangesQuery = (id: string) =>
  queryOptions({
    queryKey: ['changes', 'ecosystem', id],
    queryFn: ({ signal }) =>
      fetchJson(apiUrl(`changes/ecosystems/${encodeURIComponent(id)}.json`), ChangesDocument, {
        signal,
      }),
  });

export const useChanges = () => useSuspenseQuery(changesQuery()).data;
export const useEcosystemChanges = (id: string) => useSuspenseQuery(ecosystemChangesQuery(id)).data;

/** Where the Atom feeds are: the whole atlas, new gatherings, one ecosystem. */
export const feedUrl = {
  atlas: () => apiUrl('feeds/atlas.atom'),
  gatherings: () => apiUrl('feeds/gatherings.atom'),
  ecosystem: (id: string) => apiUrl(`feeds/ecosystems/${encodeURIComponent(id)}.atom`),
};
