import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiUrl, fetchJson } from './client';
import * as z from 'zod/mini';
import { checkRecords, envelope, records } from './list-document';
import { Location } from './documents';

const Envelope = z.object({ ...envelope, locations: records });

export const locationsQuery = () =>
  queryOptions({
    queryKey: ['locations'],
    queryFn: async ({ signal }) => {
      const document = await fetchJson(apiUrl('locations.json'), Envelope, { signal });
      const { items, rejected } = checkRecords(document.locations, Location);
      return { generatedAt: document.generatedAt, locations: items, rejected };
    },
  });

export const useLocations = () => useSuspenseQuery(locationsQuery()).data;
