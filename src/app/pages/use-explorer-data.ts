// Everything the explorer derives from the data and the filters, memoised: never copied
// into state.
import { useMemo } from 'react';
import { useEcosystems } from '../../api/ecosystems';
import { useLocations } from '../../api/locations';
import { facetCounts, filterEcosystems, type FilterContext } from '../../domain/filters';
import { searchIds } from '../../domain/search';
import { placedFor, searchIndexFor } from './data-cache';
import type { Filters } from '../../domain/url-state';

export function useExplorerData(filters: Filters) {
  const locationsDocument = useLocations();
  const ecosystemsDocument = useEcosystems();
  const { locations } = locationsDocument;
  const placed = useMemo(
    () => placedFor(ecosystemsDocument.ecosystems, locations),
    [ecosystemsDocument.ecosystems, locations],
  );
  const ecosystems = placed.items;
  const rejected = locationsDocument.rejected + ecosystemsDocument.rejected + placed.rejected;
  const locationsById = useMemo(
    () => new Map(locations.map((location) => [location.id, location])),
    [locations],
  );
  const regionOf = useMemo(
    () => new Map(locations.map((location) => [location.id, location.region])),
    [locations],
  );
  const context: FilterContext = useMemo(
    () => ({
      regionOf,
      textMatches: filters.q
        ? searchIds(searchIndexFor(ecosystems, locations), filters.q)
        : undefined,
    }),
    [regionOf, ecosystems, locations, filters.q],
  );
  const filtered = useMemo(
    () => filterEcosystems(ecosystems, filters, context),
    [ecosystems, filters, context],
  );
  const facets = useMemo(
    () => facetCounts(ecosystems, filters, context),
    [ecosystems, filters, context],
  );
  return { locations, locationsById, ecosystems, filtered, facets, rejected };
}
