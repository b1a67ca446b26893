import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiUrl, fetchJson } from './client';
import { EventsDocument } from './documents';

export const eventsQuery = () =>
  queryOptions({
    queryKey: ['events'],
    queryFn: ({ signal }) => fetchJson(apiUrl('events.json'), EventsDocument, { signal }),
  });

export const useEvents = () => useSuspenseQuery(eventsQuery()).data;
