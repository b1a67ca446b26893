// Every row of LIST_FILTERS is wired through the URL, the matching, the counts and the file
// names: these tests loop over the rows, so a new row is covered without a new test.
import { describe, expect, it } from 'vitest';
import { exportFileStem } from './export-file-name';
import { emptyFacets, facetCounts, filterEcosystems, type FilterContext } from './filters';
import type { EcosystemSummary } from '../api/documents';
import {
  LIST_FILTERS,
  noSelections,
  REGION_FILTER,
  selectedIn,
  type AnyListFilter,
} from './list-filters';
import { ECOSYSTEMS, LOCATIONS } from './test-data';
import {
  activeFilterCount,
  EMPTY_FILTERS,
  FILTER_PARAMS,
  filterSearchOf,
  isEmptyFilters,
  parseFilters,
  serialiseFilters,
  type Filters,
} from './url-state';

const context: FilterContext = {
  regionOf: new Map(LOCATIONS.map((location) => [location.id, location.region])),
  textMatches: undefined,
};
const rows: readonly AnyListFilter[] = LIST_FILTERS;
const choose = (filter: AnyListFilter, values: string[]): Filters => ({
  ...EMPTY_FILTERS,
  [filter.field]: values,
});
/** An option some test ecosystem has, and the ecosystems that have it. */
function optionInUse(filter: AnyListFilter) {
  for (const option of filter.options) {
    const having = ECOSYSTEMS.filter((e) => filter.valuesOf(e, context).includes(option));
    if (having.length > 0 && having.length < ECOSYSTEMS.length) return { option, having };
  }
  throw new Error(`no option of ${filter.field} narrows the test records`);
}

describe('LIST_FILTERS', () => {
  it('gives each row its own field and parameter, apart from the other filters', () => {
    const fields = rows.map((filter) => filter.field);
    const params = rows.map((filter) => filter.param);
    expect(new Set(fields).size).toBe(rows.length);
    expect(new Set(params).size).toBe(rows.length);
    for (const param of params) expect(['country', 'q', 'year', 'selected']).not.toContain(param);
    expect(FILTER_PARAMS).toEqual(['country', ...params, 'q', 'year']);
  });

  it('gives a record whose location has no world region no region', () => {
    const [first] = ECOSYSTEMS as [EcosystemSummary];
    expect(REGION_FILTER.valuesOf(first, { regionOf: new Map() })).toEqual([]);
    expect(REGION_FILTER.valuesOf(first, context)).toEqual([
      context.regionOf.get(first.locationId),
    ]);
  });

  it('starts every row empty', () => {
    for (const filter of rows) {
      expect(selectedIn(EMPTY_FILTERS, filter)).toEqual([]);
      expect(selectedIn(noSelections(), filter)).toEqual([]);
      expect(emptyFacets()[filter.field].size).toBe(0);
    }
  });

  it.each(rows.map((filter) => [filter.param, filter] as const))(
    'reads and writes ?%s= in the URL, keeping only its own options',
    (param, filter) => {
      const [first, second] = filter.options;
      const { filters, dropped } = parseFilters(
        { [param]: `${second},nonsense,${first}` },
        undefined,
      );
      expect(selectedIn(filters, filter)).toEqual([second, first]);
      expect(dropped).toEqual(['nonsense']);
      expect(serialiseFilters(filters)[param]).toBe(`${second},${first}`);
      expect(activeFilterCount(filters)).toBe(2);
      expect(isEmptyFilters(filters)).toBe(false);
      expect(filterSearchOf({ [param]: first, other: 'x' })).toEqual(
        expect.objectContaining({ [param]: first }),
      );
      expect(filterSearchOf({ other: 'x' })).not.toHaveProperty('other');
    },
  );

  it.each(rows.map((filter) => [filter.field, filter] as const))(
    'narrows and counts by %s',
    (_field, filter) => {
      const { option, having } = optionInUse(filter);
      const shown = filterEcosystems(ECOSYSTEMS, choose(filter, [option]), context);
      expect(shown.map((e) => e.id)).toEqual(having.map((e) => e.id));
      // The row's own counts ignore its own choice; the others follow it.
      const facets = facetCounts(ECOSYSTEMS, choose(filter, [option]), context);
      const none = facetCounts(ECOSYSTEMS, EMPTY_FILTERS, context);
      expect(none[filter.field].get(option)).toBe(having.length);
      expect(facets[filter.field]).toEqual(none[filter.field]);
      expect(facets[filter.field].size).toBeGreaterThan(1);
      expect(facets.all).toBe(having.length);
    },
  );

  it.each(rows.map((filter) => [filter.field, filter] as const))(
    'names a download by its %s',
    (_field, filter) => {
      const [first] = filter.options;
      expect(exportFileStem(choose(filter, [first ?? '']))).toBe(first);
    },
  );
});
