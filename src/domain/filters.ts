// Filtering and faceted counts: which ecosystems match the filters, and how many each filter
// option would show given the other active filters.
import type { ThemeId, WorldRegion } from '../api/schemas';
import type { EcosystemSummary } from '../api/documents';
import type { Filters } from './url-state';

type Facet = 'countries' | 'regions' | 'themes';

export interface FilterContext {
  regionOf: ReadonlyMap<string, WorldRegion>;
  /** Ids matching the text query, or undefined when there is none. */
  textMatches: ReadonlySet<string> | undefined;
}

function passes(
  ecosystem: EcosystemSummary,
  filters: Filters,
  context: FilterContext,
  skip?: Facet,
): boolean {
  if (context.textMatches && !context.textMatches.has(ecosystem.id)) return false;
  if (
    skip !== 'countries' &&
    filters.countries.length > 0 &&
    !filters.countries.includes(ecosystem.locationId)
  ) {
    return false;
  }
  if (skip !== 'regions' && filters.regions.length > 0) {
    const region = context.regionOf.get(ecosystem.locationId);
    if (!region || !filters.regions.includes(region)) return false;
  }
  if (skip !== 'themes' && filters.themes.length > 0) {
    if (!filters.themes.some((theme) => ecosystem.themes.includes(theme))) return false;
  }
  return true;
}

export function filterEcosystems(
  ecosystems: readonly EcosystemSummary[],
  filters: Filters,
  context: FilterContext,
): EcosystemSummary[] {
  return ecosystems.filter((ecosystem) => passes(ecosystem, filters, context));
}

export interface Facets {
  /** Ecosystems matching every filter except the location filter: the "All (N)" count. */
  all: number;
  locations: Map<string, number>;
  regions: Map<WorldRegion, number>;
  themes: Map<ThemeId, number>;
}

const increment = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

/** Counts for each option of each facet, applying all the other facets' filters. */
export function facetCounts(
  ecosystems: readonly EcosystemSummary[],
  filters: Filters,
  context: FilterContext,
): Facets {
  const facets: Facets = { all: 0, locations: new Map(), regions: new Map(), themes: new Map() };
  for (const ecosystem of ecosystems) {
    if (passes(ecosystem, filters, context, 'countries')) {
      facets.all += 1;
      increment(facets.locations, ecosystem.locationId);
    }
    if (passes(ecosystem, filters, context, 'regions')) {
      const region = context.regionOf.get(ecosystem.locationId);
      if (region) increment(facets.regions, region);
    }
    if (passes(ecosystem, filters, context, 'themes')) {
      for (const theme of ecosystem.themes) increment(facets.themes, theme);
    }
  }
  return facets;
}
