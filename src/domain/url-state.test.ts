import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  CHART_NAMES,
  activeFilterCount,
  cleanQuery,
  isEmptyFilters,
  parseChartName,
  parseCompareIds,
  parseEmbed,
  parseFilters,
  parsePresent,
  parseQrShown,
  parseSelected,
  serialiseCompareIds,
  serialiseEmbed,
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

describe('compare ids (?ids= and ?compare=)', () => {
  const ECOSYSTEMS = new Set(['malta', 'basque-health', 'ecos', 'kuopio', 'oulu']);

  it.each([[[]], [['malta']], [['malta', 'ecos']], [['oulu', 'kuopio', 'malta', 'ecos']]])(
    'round-trips %j',
    (ids) => {
      expect(parseCompareIds(serialiseCompareIds(ids), ECOSYSTEMS)).toEqual({ ids, dropped: [] });
    },
  );

  it('writes nothing for an empty choice', () => {
    expect(serialiseCompareIds([])).toBeUndefined();
    expect(serialiseCompareIds(['malta', 'ecos'])).toBe('malta,ecos');
  });

  it('drops unknown, malformed, repeated and fifth ids, each with its reason', () => {
    expect(
      parseCompareIds('malta,atlantis,MALTA,<b>,ecos,kuopio,oulu,basque-health', ECOSYSTEMS),
    ).toEqual({
      ids: ['malta', 'ecos', 'kuopio', 'oulu'],
      dropped: [
        { value: 'atlantis', reason: 'unknown' },
        { value: 'malta', reason: 'repeated' },
        { value: '<b>', reason: 'unknown' },
        { value: 'basque-health', reason: 'too-many' },
      ],
    });
  });

  it('keeps well-formed ids while the ecosystems load, and drops unknown ones after', () => {
    expect(parseCompareIds('atlantis,malta,x y', undefined)).toEqual({
      ids: ['atlantis', 'malta'],
      dropped: [{ value: 'x y', reason: 'unknown' }],
    });
    expect(parseCompareIds('atlantis,malta', ECOSYSTEMS).ids).toEqual(['malta']);
  });

  it('ignores values of the wrong type and truncates long dropped values', () => {
    expect(parseCompareIds(['malta'], ECOSYSTEMS)).toEqual({ ids: [], dropped: [] });
    expect(parseCompareIds('y'.repeat(300), ECOSYSTEMS).dropped[0]?.value).toHaveLength(41);
  });
});

describe('embed parameters', () => {
  it.each([{ list: false }, { list: true }])(
    'round-trips %j, leaving the default out',
    (params) => {
      const search = serialiseEmbed(params);
      expect(parseEmbed(search)).toEqual(params);
      if (!params.list) expect(search).toEqual({ list: undefined });
    },
  );

  it('shows the list only for list=1', () => {
    expect(parseEmbed({ list: '1' }).list).toBe(true);
    for (const list of ['0', 'yes', 'true', '', undefined, 1]) {
      expect(parseEmbed({ list }).list).toBe(false);
    }
  });

  it('knows each chart by its name and nothing else', () => {
    for (const name of CHART_NAMES) expect(parseChartName(name)).toBe(name);
    expect(parseChartName('Growth')).toBeUndefined();
    expect(parseChartName('__proto__')).toBeUndefined();
    expect(parseChartName(undefined)).toBeUndefined();
  });
});

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
    expect(Object.keys(filters)).toEqual(['countries', 'regions', 'themes', 'q']);
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
      filters: { countries: ['denmark', 'spain'], regions: ['europe'], themes: [], q: '' },
      dropped: [],
    });
  });

  it('keeps a repeated value once and does not report the repeat', () => {
    expect(
      parseFilters({ country: 'spain,denmark,spain', theme: 'telehealth,telehealth' }, KNOWN),
    ).toStrictEqual({
      filters: { countries: ['spain', 'denmark'], regions: [], themes: ['telehealth'], q: '' },
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

describe('serialiseFilters', () => {
  it('writes every filter, lists comma-separated', () => {
    expect(
      serialiseFilters({
        countries: ['denmark', 'spain'],
        regions: ['europe'],
        themes: ['telehealth', 'data-ai'],
        q: 'ageing',
        year: 2019,
      }),
    ).toStrictEqual({
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
        countries: ['denmark', 'spain', 'usa'],
        regions: ['europe', 'asia'],
        themes: ['telehealth'],
        q: 'ageing',
        year: 2020,
      }),
    ).toBe(8);
    expect(
      activeFilterCount({
        countries: ['denmark', 'spain', 'usa'],
        regions: ['europe', 'asia'],
        themes: ['telehealth'],
        q: '',
      }),
    ).toBe(6);
  });
});

describe('presenter parameters at their edges', () => {
  it('accepts slides 1 to 999 and auto-advance of 1 to 3600 seconds', () => {
    expect(parsePresent({ slide: '1', auto: '1' })).toStrictEqual({
      slide: 1,
      auto: 1,
      kiosk: false,
      spotlight: undefined,
    });
    expect(parsePresent({ slide: '999', auto: '3600' })).toMatchObject({ slide: 999, auto: 3600 });
    expect(parsePresent({ slide: '1000', auto: '3601' })).toMatchObject({
      slide: undefined,
      auto: undefined,
    });
  });

  it('accepts only plain digits as numbers', () => {
    for (const bad of ['1.5', '1e3', ' 3', '3 ', '+3', '0x10', '00003', '']) {
      expect(parsePresent({ slide: bad, auto: bad })).toMatchObject({
        slide: undefined,
        auto: undefined,
      });
    }
    expect(parsePresent({ slide: '0003', auto: '0010' })).toMatchObject({ slide: 3, auto: 10 });
  });

  it('ignores numbers and lists that did not come from the URL as text', () => {
    expect(parsePresent({ slide: 3, auto: 10, kiosk: 1, spotlight: ['malta'] })).toStrictEqual({
      slide: undefined,
      auto: undefined,
      kiosk: false,
      spotlight: undefined,
    });
    expect(parsePresent({ slide: ['3'], auto: ['10'] })).toMatchObject({
      slide: undefined,
      auto: undefined,
    });
  });

  it('spotlights an id of up to 80 characters only', () => {
    const eighty = 'a'.repeat(80);
    expect(parsePresent({ spotlight: eighty }).spotlight).toBe(eighty);
    expect(parsePresent({ spotlight: `${eighty}a` }).spotlight).toBeUndefined();
  });

  it('hides the QR code only for qr=0', () => {
    expect(parseQrShown('0')).toBe(false);
    for (const value of ['1', '', 'false', undefined, 0]) expect(parseQrShown(value)).toBe(true);
  });
});

describe('selection and compare ids at their edges', () => {
  it('ignores a selection that is not text', () => {
    expect(parseSelected(['malta'])).toBeUndefined();
    expect(parseSelected(42)).toBeUndefined();
    expect(parseSelected('a'.repeat(80))).toBe('a'.repeat(80));
    expect(parseSelected('a'.repeat(81))).toBeUndefined();
  });

  it('keeps a compare id of 80 characters and drops one of 81 as unknown', () => {
    const eighty = 'a'.repeat(80);
    const eightyOne = 'b'.repeat(81);
    expect(parseCompareIds(`${eighty},${eightyOne}`, undefined)).toStrictEqual({
      ids: [eighty],
      dropped: [{ value: `${'b'.repeat(40)}…`, reason: 'unknown' }],
    });
    expect(parseCompareIds(eightyOne, new Set([eightyOne]))).toStrictEqual({
      ids: [],
      dropped: [{ value: `${'b'.repeat(40)}…`, reason: 'unknown' }],
    });
  });

  it('shows a dropped compare id of 40 characters whole', () => {
    const forty = 'c'.repeat(40);
    expect(parseCompareIds(forty, new Set(['malta']))).toStrictEqual({
      ids: [],
      dropped: [{ value: forty, reason: 'unknown' }],
    });
  });

  it('reports a repeat past the fourth id as repeated, not as one too many', () => {
    expect(parseCompareIds('a,b,c,d,a,e', undefined)).toStrictEqual({
      ids: ['a', 'b', 'c', 'd'],
      dropped: [
        { value: 'a', reason: 'repeated' },
        { value: 'e', reason: 'too-many' },
      ],
    });
  });
});
