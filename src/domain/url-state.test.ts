import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  cleanQuery,
  parseFilters,
  parsePresent,
  parseSelected,
  serialiseFilters,
  serialiseSlide,
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

describe('while the locations load', () => {
  it('keeps well-formed location ids for now and drops malformed ones at once', () => {
    const { filters, dropped } = parseFilters({ country: 'atlantis,spain,<b>x</b>' }, undefined);
    expect(filters.countries).toEqual(['atlantis', 'spain']);
    expect(dropped).toEqual(['<b>x</b>']);
    expect(parseFilters({ country: 'atlantis,spain' }, KNOWN).dropped).toEqual(['atlantis']);
  });
});

describe('presenter and selection parameters', () => {
  it('reads slide, auto, kiosk and spotlight, dropping what is malformed', () => {
    expect(parsePresent({ slide: '3', auto: '10', kiosk: '1', spotlight: 'malta' })).toEqual({
      slide: 3,
      auto: 10,
      kiosk: true,
      spotlight: 'malta',
    });
    expect(parsePresent({ slide: '0', auto: '-1', kiosk: 'yes', spotlight: '<x>' })).toEqual({
      slide: undefined,
      auto: undefined,
      kiosk: false,
      spotlight: undefined,
    });
  });

  it('writes no slide for the first one', () => {
    expect(serialiseSlide(0)).toBeUndefined();
    expect(serialiseSlide(4)).toBe('5');
  });

  it('reads a selected ecosystem id only when it is a slug', () => {
    expect(parseSelected('basque-health-ecosystem')).toBe('basque-health-ecosystem');
    expect(parseSelected('javascript:alert(1)')).toBeUndefined();
    expect(parseSelected(undefined)).toBeUndefined();
  });
});
