import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiUrl, fetchJson } from './client';
import { LocationsDocument } from './schemas';

export const locationsQuery = () =>
  queryOptions({
    queryKey: ['locations'],
    queryFn: ({ signal }) => fetchJson(apiUrl('locations.json'), LocationsDocument, { signal }),
  });

export const useLocations = () => useSuspenseQuery(locationsQuery()).data;
