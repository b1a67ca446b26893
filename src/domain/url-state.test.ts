import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  cleanQuery,
  parseFilters,
  serialiseFilters,
  type Filters,
} from './url-state';

const KNOWN = new Set(['denmark', 'spain', 'republic-of-ireland']);

describe('parseFilters / serialiseFilters', () => {
  it('parses the contract example', () => {
    const { filters, dropped } = parseFilters(
      { country: 'denmark,spain', region: 'europe', q: 'ageing', theme: 'telehealth' },
      KNOWN,
    );
    expect(filters).toEqual({
      countries: ['denmark', 'spain'],
      regions: ['europe'],
      themes: ['telehealth'],
      q: 'ageing',
    });
    expect(dropped).toEqual([]);
  });

  it.each<Filters>([
    EMPTY_FILTERS,
    { countries: ['denmark'], regions: [], themes: [], q: '' },
    {
      countries: ['denmark', 'republic-of-ireland'],
      regions: ['europe', 'asia'],
      themes: ['data-ai'],
      q: 'health capital',
    },
  ])('round-trips %j', (filters) => {
    const search = serialiseFilters(filters);
    expect(parseFilters(search, KNOWN)).toEqual({ filters, dropped: [] });
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

  it('truncates very long dropped values in the report', () => {
    const { dropped } = parseFilters({ country: 'x'.repeat(500) }, KNOWN);
    expect(dropped[0]).toHaveLength(41);
  });

  it('cleans the text query of control, bidi and zero-width characters', () => {
    expect(cleanQuery('  heal\u200Bth \u202Eevil\u0000 ')).toBe('heal th evil');
    expect(cleanQuery('a'.repeat(500))).toHaveLength(100);
  });
});
