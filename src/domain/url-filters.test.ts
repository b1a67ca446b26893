import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  cleanQuery,
  EMPTY_FILTERS,
  type Filters,
  isEmptyFilters,
  parseFilters,
  serialiseFilters,
} from './url-filters';

const KNOWN = new Set(['denmark', 'spain', 'republic-of-ireland']);

describe('parseFilters / serialiseFilters', () => {
  it('parses the contract example', () => {
    const { filters, dropped } = parseFilters(
      { country: 'denmark,spain', region: 'europe', q: 'ageing', theme: 'telehealth' },
      KNOWN,
    );
    expect(filters).toEqual({
      ...EMPTY_FILTERS,
      countries: ['denmark', 'spain'],
      regions: ['europe'],
      themes: ['telehealth'],
      q: 'ageing',
    });
    expect(dropped).toEqual([]);
  });

  it.each<Filters>([
    EMPTY_FILTERS,
    { ...EMPTY_FILTERS, countries: ['denmark'] },
    {
      ...EMPTY_FILTERS,
      countries: ['denmark', 'republic-of-ireland'],
      regions: ['europe', 'asia'],
      themes: ['data-ai'],
      q: 'health capital',
    },
  ])('round-trips %j', (filters) => {
    const search = serialiseFilters(filters);
    expect(parseFilters(search, KNOWN)).toEqual({ filters, dropped: [] });
  });

  it('reads ?year= as a year, writes it back, and drops what is not one', () => {
    const filters: Filters = { ...EMPTY_FILTERS, year: 2020 };
    expect(serialiseFilters(filters).year).toBe('2020');
    expect(parseFilters({ year: '2020' }, KNOWN)).toEqual({ filters, dropped: [] });
    for (const bad of ['20', '2020a', '1066', '99999', '-2020']) {
      expect(parseFilters({ year: bad }, KNOWN)).toEqual({
        filters: EMPTY_FILTERS,
        dropped: [bad],
      });
    }
    expect(parseFilters({ year: '' }, KNOWN).dropped).toEqual([]);
  });

  it('leaves defaults out of the URL', () => {
    expect(serialiseFilters(EMPTY_FILTERS)).toEqual({
      country: undefined,
      region: undefined,
      theme: undefined,
      q: undefined,
    });
  });

  it('drops unknown and malformed values and reports them', () => {
    const { filters, dropped } = parseFilters(
      { country: 'denmark,atlantis,<script>,DENMARK', region: 'mars', theme: 'telehealth,crypto' },
      KNOWN,
    );
    expect(filters.countries).toEqual(['denmark']);
    expect(filters.regions).toEqual([]);
    expect(filters.themes).toEqual(['telehealth']);
    expect(dropped).toEqual(['atlantis', '<script>', 'mars', 'crypto']);
  });

  it('treats __proto__ and constructor as unknown values, not as keys', () => {
    const { filters, dropped } = parseFilters(
      { country: '__proto__,constructor', theme: 'toString' },
      KNOWN,
    );
    expect(filters.countries).toEqual([]);
    expect(dropped).toEqual(['__proto__', 'constructor', 'tostring']);
  });

  it('ignores values of the wrong type', () => {
    expect(parseFilters({ country: 42, region: ['europe'], q: { a: 1 } }, KNOWN).filters).toEqual(
      EMPTY_FILTERS,
    );
  });

  it('keeps at most the first 50 values of a list', () => {
    const many = Array.from({ length: 60 }, (_, i) => `place-${i}`);
    const { filters } = parseFilters(
      { country: many.join(','), theme: 'telehealth' },
      new Set(many),
    );
    expect(filters.countries).toEqual(many.slice(0, 50));
    expect(filters.themes).toEqual(['telehealth']);
  });

  it('truncates very long dropped values in the report', () => {
    const { dropped } = parseFilters({ country: 'x'.repeat(500) }, KNOWN);
    expect(dropped[0]).toHaveLength(41);
  });

  it('cleans the text query of control, bidi and zero-width characters', () => {
    expect(cleanQuery('  heal\u200Bth \u202Eevil\u0000 ')).toBe('heal th evil');
    expect(cleanQuery('a'.repeat(500))).toHaveLength(100);
  });
});

describe('while the locations load', () => {
  it('keeps well-formed location ids for now and drops malformed ones at once', () => {
    const { filters, dropped } = parseFilters({ country: 'atlantis,spain,<b>x</b>' }, undefined);
    expect(filters.countries).toEqual(['atlantis', 'spain']);
    expect(dropped).toEqual(['<b>x</b>']);
    expect(parseFilters({ country: 'atlantis,spain' }, KNOWN).dropped).toEqual(['atlantis']);
  });
});

describe('serialiseFilters', () => {
  it('writes every filter, lists comma-separated', () => {
    expect(
      serialiseFilters({
        ...EMPTY_FILTERS,
        countries: ['denmark', 'spain'],
        regions: ['europe'],
        themes: ['telehealth', 'data-ai'],
        q: 'ageing',
        year: 2019,
      }),
    ).toStrictEqual({
      ...serialiseFilters(EMPTY_FILTERS),
      country: 'denmark,spain',
      region: 'europe',
      theme: 'telehealth,data-ai',
      q: 'ageing',
      year: '2019',
    });
  });
});

describe('isEmptyFilters and activeFilterCount', () => {
  it('sees no filter in the empty filters', () => {
    expect(isEmptyFilters(EMPTY_FILTERS)).toBe(true);
    expect(activeFilterCount(EMPTY_FILTERS)).toBe(0);
  });

  it.each<[string, Filters]>([
    ['a country', { ...EMPTY_FILTERS, countries: ['denmark'] }],
    ['a region', { ...EMPTY_FILTERS, regions: ['europe'] }],
    ['a theme', { ...EMPTY_FILTERS, themes: ['telehealth'] }],
    ['a text query', { ...EMPTY_FILTERS, q: 'x' }],
    ['a year', { ...EMPTY_FILTERS, year: 2020 }],
  ])('counts %s as one active filter', (_, filters) => {
    expect(isEmptyFilters(filters)).toBe(false);
    expect(activeFilterCount(filters)).toBe(1);
  });

  it('counts each list value and the query and the year', () => {
    expect(
      activeFilterCount({
        ...EMPTY_FILTERS,
        countries: ['denmark', 'spain', 'usa'],
        regions: ['europe', 'asia'],
        themes: ['telehealth'],
        q: 'ageing',
        year: 2020,
      }),
    ).toBe(8);
    expect(
      activeFilterCount({
        ...EMPTY_FILTERS,
        countries: ['denmark', 'spain', 'usa'],
        regions: ['europe', 'asia'],
        themes: ['telehealth'],
        q: '',
      }),
    ).toBe(6);
  });
});
