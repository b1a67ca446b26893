// Filtering and faceted counts: which ecosystems match the filters, and how many each filter
// option would show given the other active filters.
import type { EcosystemSummary } from '../api/documents';
import { LIST_FILTERS, selectedIn, type ListField, type ListFilterContext } from './list-filters';
import type { Filters } from './url-state';

type Facet = 'countries' | ListField | 'year';

export interface FilterContext extends ListFilterContext {
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
  for (const filter of LIST_FILTERS) {
    const selected = selectedIn(filters, filter);
    if (skip === filter.field || selected.length === 0) continue;
    const values: readonly string[] = filter.valuesOf(ecosystem, context);
    if (!values.some((value) => selected.includes(value))) return false;
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

export type Facets = {
  /** Ecosystems matching every filter except the location filter: the "All (N)" count. */
  all: number;
  locations: Map<string, number>;
} & Record<ListField, Map<string, number>>;

/** Facets with nothing counted yet. */
export function emptyFacets(): Facets {
  const lists = Object.fromEntries(LIST_FILTERS.map((filter) => [filter.field, new Map()]));
  return { all: 0, locations: new Map(), ...(lists as Record<ListField, Map<string, number>>) };
}

const increment = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

/** Counts for each option of each facet, applying all the other facets' filters. */
export function facetCounts(
  ecosystems: readonly EcosystemSummary[],
  filters: Filters,
  context: FilterContext,
): Facets {
  const facets = emptyFacets();
  for (const ecosystem of ecosystems) {
    if (passes(ecosystem, filters, context, 'countries')) {
      facets.all += 1;
      increment(facets.locations, ecosystem.locationId);
    }
    for (const filter of LIST_FILTERS) {
      if (!passes(ecosystem, filters, context, filter.field)) continue;
      for (const value of filter.valuesOf(ecosystem, context))
        increment(facets[filter.field], value);
    }
  }
  return facets;
}
