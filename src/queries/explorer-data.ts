// The filtered ecosystems every view reads: derived from the ecosystems and locations queries
// and the filters, memoised, never copied into state. The map reads the same set without
// suspending, so it can draw its basemap while the documents load.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { EcosystemSummary, Location } from '../api/documents';
import { ecosystemsQuery, useEcosystems } from '../api/ecosystems';
import { locationsQuery, useLocations } from '../api/locations';
import { facetCounts, filterEcosystems, type Facets, type FilterContext } from '../domain/filters';
import { searchIds } from '../domain/search';
import { placedFor, searchIndexFor } from './data-cache';
import type { Filters } from '../domain/url-state';
import { byId, fieldById } from '../domain/lookup';

export interface ExplorerData {
  locations: readonly Location[];
  locationsById: ReadonlyMap<string, Location>;
  /** Every placed ecosystem, before the filters. */
  ecosystems: readonly EcosystemSummary[];
  filtered: EcosystemSummary[];
  facets: Facets;
  /** Records skipped because they were broken or misplaced. */
  rejected: number;
}

function derive(
  ecosystemsDocument: { ecosystems: EcosystemSummary[]; rejected: number },
  locationsDocument: { locations: Location[]; rejected: number },
  filters: Filters,
): ExplorerData {
  const { locations } = locationsDocument;
  const placed = placedFor(ecosystemsDocument.ecosystems, locations);
  const ecosystems = placed.items;
  const context: FilterContext = {
    regionOf: fieldById(locations, 'region'),
    textMatches: filters.q
      ? searchIds(searchIndexFor(ecosystems, locations), filters.q)
      : undefined,
  };
  return {
    locations,
    locationsById: byId(locations),
    ecosystems,
    filtered: filterEcosystems(ecosystems, filters, context),
    facets: facetCounts(ecosystems, filters, context),
    rejected: locationsDocument.rejected + ecosystemsDocument.rejected + placed.rejected,
  };
}

/** The data and the filtered set; suspends until both documents are loaded. */
export function useExplorerData(filters: Filters): ExplorerData {
  const ecosystemsDocument = useEcosystems();
  const locationsDocument = useLocations();
  return useMemo(
    () => derive(ecosystemsDocument, locationsDocument, filters),
    [ecosystemsDocument, locationsDocument, filters],
  );
}

/** The same filtered set for the map: undefined while loading or failed, never suspends. */
export function useExplorerDataIfLoaded(filters: Filters): ExplorerData | undefined {
  const ecosystemsDocument = useQuery(ecosystemsQuery()).data;
  const locationsDocument = useQuery(locationsQuery()).data;
  return useMemo(
    () =>
      ecosystemsDocument && locationsDocument
        ? derive(ecosystemsDocument, locationsDocument, filters)
        : undefined,
    [ecosystemsDocument, locationsDocument, filters],
  );
}
