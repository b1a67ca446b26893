import { describe, expect, it } from 'vitest';
import { facetCounts, filterEcosystems, yearFacet, type FilterContext } from './filters';
import { buildSearchIndex, searchIds } from './search';
import { ECOSYSTEMS, LOCATIONS } from './test-data';
import { EMPTY_FILTERS, type Filters } from './url-state';

const regionOf = new Map(LOCATIONS.map((location) => [location.id, location.region]));
const labels = new Map(LOCATIONS.map((location) => [location.id, location.label]));
const index = buildSearchIndex(ECOSYSTEMS, labels);

function context(q = ''): FilterContext {
  return { regionOf, textMatches: searchIds(index, q) };
}
const ids = (filters: Partial<Filters>) =>
  filterEcosystems(ECOSYSTEMS, { ...EMPTY_FILTERS, ...filters }, context(filters.q)).map(
    (e) => e.id,
  );

describe('filterEcosystems', () => {
  it('keeps everything without filters', () => {
    expect(ids({})).toHaveLength(7);
  });
  it('filters by several locations', () => {
    expect(ids({ countries: ['spain', 'wales'] })).toEqual(['bilbao', 'barcelona', 'cardiff']);
  });
  it('filters by world region', () => {
    expect(ids({ regions: ['north-america'] })).toEqual(['boston']);
  });
  it('filters by theme (any of the chosen themes)', () => {
    expect(ids({ themes: ['medtech', 'rural-health'] })).toEqual(['bilbao', 'inverness']);
  });
  it('combines facets with AND', () => {
    expect(ids({ countries: ['spain'], themes: ['telehealth'] })).toEqual(['barcelona']);
  });
  it('searches names, organisations, places, locations and themes', () => {
    expect(ids({ q: 'welfare' })).toEqual(['odense']);
    expect(ids({ q: 'inverness' })).toEqual(['inverness']);
    expect(ids({ q: 'spain' })).toEqual(['bilbao', 'barcelona']);
    expect(ids({ q: 'rural' })).toEqual(['inverness']);
  });
  it('tolerates a typo in a longer word and matches prefixes', () => {
    expect(ids({ q: 'catalen' })).toEqual(['barcelona']);
    expect(ids({ q: 'highl' })).toEqual(['inverness']);
  });
  it('finds nothing for nonsense', () => {
    expect(ids({ q: 'zzzqqq' })).toEqual([]);
  });
});

describe('facetCounts', () => {
  it('counts every option when nothing is filtered', () => {
    const facets = facetCounts(ECOSYSTEMS, EMPTY_FILTERS, context());
    expect(facets.all).toBe(7);
    expect(Object.fromEntries(facets.locations)).toEqual({
      denmark: 1,
      spain: 2,
      scotland: 1,
      wales: 1,
      scandinavia: 1,
      usa: 1,
    });
    expect(Object.fromEntries(facets.regions)).toEqual({ europe: 6, 'north-america': 1 });
    expect(facets.themes.get('telehealth')).toBe(3);
  });

  it('follows the other active filters but not its own', () => {
    const filters: Filters = { ...EMPTY_FILTERS, countries: ['spain'], themes: ['data-ai'] };
    const facets = facetCounts(ECOSYSTEMS, filters, context());
    // location counts apply the theme filter only: data-ai is in barcelona and cardiff
    expect(Object.fromEntries(facets.locations)).toEqual({ spain: 1, wales: 1 });
    expect(facets.all).toBe(2);
    // theme counts apply the location filter only: the two Spanish ecosystems
    expect(Object.fromEntries(facets.themes)).toEqual({ medtech: 1, telehealth: 1, 'data-ai': 1 });
  });

  it('counts world regions under the other filters but not the region filter', () => {
    // telehealth: odense, barcelona and copenhagen, all in Europe; the region filter is ignored
    const byTheme = facetCounts(
      ECOSYSTEMS,
      { ...EMPTY_FILTERS, regions: ['north-america'], themes: ['telehealth'] },
      context(),
    );
    expect(Object.fromEntries(byTheme.regions)).toEqual({ europe: 3 });
    // Spain and the USA: two in Europe, one in North America, though only Europe is chosen
    const filters: Filters = { ...EMPTY_FILTERS, regions: ['europe'], countries: ['spain', 'usa'] };
    const facets = facetCounts(ECOSYSTEMS, filters, context());
    expect(Object.fromEntries(facets.regions)).toEqual({ europe: 2, 'north-america': 1 });
    // ...while the location counts apply the region filter: no USA among them
    expect(Object.fromEntries(facets.locations)).toEqual({
      denmark: 1,
      spain: 2,
      scotland: 1,
      wales: 1,
      scandinavia: 1,
    });
    expect(Object.fromEntries(facets.themes)).toEqual({ medtech: 1, telehealth: 1, 'data-ai': 1 });
  });

  it('applies the text search to every facet', () => {
    const facets = facetCounts(ECOSYSTEMS, { ...EMPTY_FILTERS, q: 'spain' }, context('spain'));
    expect(facets.all).toBe(2);
    expect(Object.fromEntries(facets.locations)).toEqual({ spain: 2 });
  });
});

describe('the year filter', () => {
  it('keeps the ecosystems a source dates to that year or before, and no undated one', () => {
    expect(ids({ year: 2018 })).toEqual(['inverness', 'cardiff']);
    expect(ids({ year: 2021 })).toEqual(['inverness', 'cardiff', 'copenhagen']);
    expect(ids({ year: 2030 })).toEqual(['bilbao', 'inverness', 'cardiff', 'copenhagen']);
    expect(ids({ year: 2017 })).toEqual([]);
  });
  it('combines with the other filters', () => {
    expect(ids({ year: 2025, countries: ['spain'] })).toEqual(['bilbao']);
  });
  it('counts joins by year under the other filters, and the undated records apart', () => {
    const facet = yearFacet(ECOSYSTEMS, { ...EMPTY_FILTERS, year: 2018 }, context());
    expect(facet.joinedBy).toEqual([
      { year: 2018, count: 2 },
      { year: 2021, count: 3 },
      { year: 2023, count: 4 },
    ]);
    expect(facet).toMatchObject({ undated: 3, all: 7 });
    const spain = yearFacet(ECOSYSTEMS, { ...EMPTY_FILTERS, countries: ['spain'] }, context());
    expect(spain).toEqual({ joinedBy: [{ year: 2023, count: 1 }], undated: 1, all: 2 });
  });
});
