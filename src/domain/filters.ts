// Filtering and faceted counts: which ecosystems match the filters, and how many each filter
// option would show given the other active filters.
import type { ThemeId, WorldRegion } from '../api/schemas';
import type { EcosystemSummary } from '../api/documents';
import type { Filters } from './url-state';

type Facet = 'countries' | 'regions' | 'themes' | 'year';

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
  if (skip !== 'year' && filters.year !== undefined) {
    const joined = joinYear(ecosystem);
    if (joined === undefined || joined > filters.year) return false;
  }
  return true;
}

/** The year a source says the ecosystem joined the network; undefined when none does. */
export function joinYear(ecosystem: Pick<EcosystemSummary, 'joinedNetwork'>): number | undefined {
  return ecosystem.joinedNetwork ? Number(ecosystem.joinedNetwork.date.slice(0, 4)) : undefined;
}

export interface YearFacet {
  /** Joined in or before each year that has a join, among those passing the other filters. */
  joinedBy: { year: number; count: number }[];
  /** Of those, the records no source dates: left out of every year. */
  undated: number;
  /** All that pass the other filters, dated or not. */
  all: number;
}

/** Joins counted by year: in or before each year that has one, and the records none dates. */
export function joinCounts(
  ecosystems: readonly Pick<EcosystemSummary, 'joinedNetwork'>[],
): YearFacet {
  const perYear = new Map<number, number>();
  let undated = 0;
  for (const ecosystem of ecosystems) {
    const year = joinYear(ecosystem);
    if (year === undefined) undated += 1;
    else increment(perYear, year);
  }
  const years = [...perYear.keys()].sort((a, b) => a - b);
  let count = 0;
  const joinedBy = years.map((year) => ({ year, count: (count += perYear.get(year) ?? 0) }));
  return { joinedBy, undated, all: ecosystems.length };
}

/** The year filter's counts: every other filter applies, the year itself does not. */
export function yearFacet(
  ecosystems: readonly EcosystemSummary[],
  filters: Filters,
  context: FilterContext,
): YearFacet {
  return joinCounts(ecosystems.filter((ecosystem) => passes(ecosystem, filters, context, 'year')));
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
