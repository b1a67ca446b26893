import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  CHART_NAMES,
  cleanQuery,
  parseChartName,
  parseCompareIds,
  parseEmbed,
  parseFilters,
  parsePresent,
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
