import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, parseFilters } from './url-filters';

const KNOWN = new Set(['denmark', 'spain', 'republic-of-ireland']);

describe('?year= at its edges', () => {
  it('accepts the first and last years of the range and drops the years just outside', () => {
    expect(parseFilters({ year: '1990' }, KNOWN)).toStrictEqual({
      filters: { ...EMPTY_FILTERS, year: 1990 },
      dropped: [],
    });
    expect(parseFilters({ year: '2100' }, KNOWN)).toStrictEqual({
      filters: { ...EMPTY_FILTERS, year: 2100 },
      dropped: [],
    });
    expect(parseFilters({ year: '1989' }, KNOWN)).toStrictEqual({
      filters: EMPTY_FILTERS,
      dropped: ['1989'],
    });
    expect(parseFilters({ year: '2101' }, KNOWN)).toStrictEqual({
      filters: EMPTY_FILTERS,
      dropped: ['2101'],
    });
  });

  it('reads a year given as a number or with spaces around it', () => {
    expect(parseFilters({ year: 2020 }, KNOWN).filters).toStrictEqual({
      ...EMPTY_FILTERS,
      year: 2020,
    });
    expect(parseFilters({ year: ' 2020 ' }, KNOWN).filters).toStrictEqual({
      ...EMPTY_FILTERS,
      year: 2020,
    });
    expect(parseFilters({ year: 1066 }, KNOWN).dropped).toEqual(['1066']);
  });

  it('drops years that only look like four digits', () => {
    for (const bad of ['02020', '2020.0', '2020e0', '1e3']) {
      expect(parseFilters({ year: bad }, KNOWN)).toStrictEqual({
        filters: EMPTY_FILTERS,
        dropped: [bad],
      });
    }
  });

  it('reports a year of another type as "?"', () => {
    expect(parseFilters({ year: { y: 2020 } }, KNOWN)).toStrictEqual({
      filters: EMPTY_FILTERS,
      dropped: ['?'],
    });
    expect(parseFilters({ year: true }, KNOWN).dropped).toEqual(['?']);
  });

  it('has no year key at all when no year is given', () => {
    const { filters } = parseFilters({ country: 'denmark' }, KNOWN);
    expect(Object.keys(filters)).toEqual(Object.keys(EMPTY_FILTERS));
    expect(Object.keys(filters)).not.toContain('year');
  });

  it('shows a dropped year of up to 40 characters whole and cuts a longer one to 40 and …', () => {
    const forty = '9'.repeat(40);
    expect(parseFilters({ year: forty }, KNOWN).dropped).toEqual([forty]);
    expect(parseFilters({ year: `${forty}12` }, KNOWN).dropped).toEqual([`${forty}…`]);
  });
});

describe('lists in the URL', () => {
  it('ignores empty entries and spaces around values without reporting them', () => {
    expect(
      parseFilters({ country: ' denmark ,, ,Spain,', region: ',europe,', theme: ' ' }, KNOWN),
    ).toStrictEqual({
      filters: { ...EMPTY_FILTERS, countries: ['denmark', 'spain'], regions: ['europe'] },
      dropped: [],
    });
  });

  it('keeps a repeated value once and does not report the repeat', () => {
    expect(
      parseFilters({ country: 'spain,denmark,spain', theme: 'telehealth,telehealth' }, KNOWN),
    ).toStrictEqual({
      filters: { ...EMPTY_FILTERS, countries: ['spain', 'denmark'], themes: ['telehealth'] },
      dropped: [],
    });
  });

  it('keeps exactly 50 values and silently ignores the 51st and later known ones', () => {
    const many = Array.from({ length: 51 }, (_, i) => `place-${i}`);
    const result = parseFilters({ country: many.join(',') }, new Set(many));
    expect(result.filters.countries).toHaveLength(50);
    expect(result.filters.countries).toEqual(many.slice(0, 50));
    expect(result.dropped).toEqual([]);
  });

  it('keeps a known id of 80 characters and drops one of 81, even when the list knows it', () => {
    const eighty = 'a'.repeat(80);
    const eightyOne = 'b'.repeat(81);
    const known = new Set([eighty, eightyOne]);
    expect(parseFilters({ country: `${eighty},${eightyOne}` }, known)).toStrictEqual({
      filters: { ...EMPTY_FILTERS, countries: [eighty] },
      dropped: [`${'b'.repeat(40)}…`],
    });
  });

  it('drops a value that is not a slug even when the list of locations holds it', () => {
    const known = new Set(['a_b', 'x--y', '-x', 'denmark']);
    expect(parseFilters({ country: 'a_b,x--y,-x,denmark' }, known)).toStrictEqual({
      filters: { ...EMPTY_FILTERS, countries: ['denmark'] },
      dropped: ['a_b', 'x--y', '-x'],
    });
  });

  it('drops too-long location ids while the locations load', () => {
    const eighty = 'a'.repeat(80);
    const eightyOne = 'b'.repeat(81);
    expect(parseFilters({ country: `${eighty},${eightyOne}` }, undefined)).toStrictEqual({
      filters: { ...EMPTY_FILTERS, countries: [eighty] },
      dropped: [`${'b'.repeat(40)}…`],
    });
  });

  it('shows a dropped value of 40 characters whole and cuts one of 41 to 40 and …', () => {
    const forty = 'c'.repeat(40);
    const fortyOne = 'd'.repeat(41);
    expect(parseFilters({ theme: `${forty},${fortyOne}` }, KNOWN).dropped).toEqual([
      forty,
      `${'d'.repeat(40)}…`,
    ]);
  });

  it('reports dropped values in the order country, region, theme, year', () => {
    expect(
      parseFilters(
        { year: '1800', theme: 'crypto', region: 'mars', country: 'atlantis', q: 'x' },
        KNOWN,
      ),
    ).toStrictEqual({
      filters: { ...EMPTY_FILTERS, q: 'x' },
      dropped: ['atlantis', 'mars', 'crypto', '1800'],
    });
  });

  it('cleans the text query from the URL', () => {
    expect(parseFilters({ q: '  tele\u0000health  ' }, KNOWN).filters.q).toBe('tele health');
    expect(parseFilters({ q: 'x'.repeat(150) }, KNOWN).filters.q).toBe('x'.repeat(100));
  });
});
