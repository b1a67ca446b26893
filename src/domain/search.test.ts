import { describe, expect, it } from 'vitest';
import { REGION_LABELS, THEME_LABELS } from './labels';
import { ENGLISH_WORDS, buildSearchIndex, searchIds, type SearchWords } from './search';
import { ECOSYSTEMS, LOCATIONS, summary } from './test-data';

// Each test builds its own index: building it is part of what the test checks.
const english = () => buildSearchIndex(ECOSYSTEMS, LOCATIONS);
const found = (query: string, index = english()) => {
  const ids = searchIds(index, query);
  return ids === undefined ? undefined : [...ids].sort();
};

describe('searchIds', () => {
  it('is no text filter at all for an empty or blank query', () => {
    expect(searchIds(english(), '')).toBeUndefined();
    expect(searchIds(english(), '   ')).toBeUndefined();
  });

  it('finds an ecosystem by its name, with spaces around the query', () => {
    expect(found('Basque')).toEqual(['bilbao']);
    expect(found('  Basque  ')).toEqual(['bilbao']);
    expect(found('basque health')).toEqual(['bilbao']);
  });

  it('finds nothing, not everything, for a word no record has', () => {
    expect(found('Zanzibar')).toEqual([]);
  });

  it('finds a word from its first letters as it is typed', () => {
    expect(found('Catal')).toEqual(['barcelona']);
    expect(found('Highl')).toEqual(['inverness']);
  });

  it('needs every word of the query to match', () => {
    expect(found('telehealth')).toEqual(['barcelona', 'copenhagen', 'odense']);
    expect(found('spain')).toEqual(['barcelona', 'bilbao']);
    expect(found('telehealth spain')).toEqual(['barcelona']);
  });

  it('forgives a typo in a word of five letters or more, not in a shorter one', () => {
    expect(found('Spein')).toEqual(['barcelona', 'bilbao']);
    expect(found('Spin')).toEqual([]);
  });

  it('finds an ecosystem by a lead organisation, any of several', () => {
    const index = buildSearchIndex(
      [
        summary('south-denmark', 'denmark', { leads: ['Welfare Tech', 'Odense Municipality'] }),
        summary('bilbao', 'spain'),
      ],
      LOCATIONS,
    );
    expect(found('Welfare', index)).toEqual(['south-denmark']);
    expect(found('Odense', index)).toEqual(['south-denmark']);
  });

  it('finds an ecosystem by its place and by its category', () => {
    expect(found('Inverness')).toEqual(['inverness']);
    const index = buildSearchIndex(
      [
        summary('national', 'spain', { category: 'National cluster' }),
        summary('uncategorised', 'spain', { category: undefined }),
      ],
      LOCATIONS,
    );
    expect(found('cluster', index)).toEqual(['national']);
  });

  it('finds ecosystems by the name of their location and of its world region', () => {
    expect(found('Scandinavia')).toEqual(['copenhagen']);
    expect(found('Scotland')).toEqual(['inverness']);
    expect(found('Europe')).toEqual([
      'barcelona',
      'bilbao',
      'cardiff',
      'copenhagen',
      'inverness',
      'odense',
    ]);
    expect(found('North America')).toEqual(['boston']);
  });

  it('finds an ecosystem by any of its themes', () => {
    expect(found('Data')).toEqual(['barcelona', 'cardiff']);
    expect(found('ageing')).toEqual(['odense']);
    expect(found('Medtech')).toEqual(['bilbao']);
  });

  it('ranks a match in the name above the same word in the place', () => {
    const index = buildSearchIndex(
      [
        summary('in-place', 'denmark', { name: 'Nordic Care', place: 'Aurora' }),
        summary('in-name', 'denmark', { name: 'Aurora Health Network', place: 'Tromso' }),
      ],
      LOCATIONS,
    );
    expect([...(searchIds(index, 'Aurora') ?? [])]).toEqual(['in-name', 'in-place']);
  });

  it('ranks a match in a lead organisation above the same word in the category', () => {
    const index = buildSearchIndex(
      [
        summary('in-category', 'denmark', { category: 'Aurora' }),
        summary('in-lead', 'denmark', { leads: ['Aurora Health Cluster Association'] }),
      ],
      LOCATIONS,
    );
    expect([...(searchIds(index, 'Aurora') ?? [])]).toEqual(['in-lead', 'in-category']);
  });
});

describe('buildSearchIndex with location labels only (older callers)', () => {
  const labels = new Map([
    ['spain', 'Spain'],
    ['denmark', 'Denmark'],
  ]);

  it('finds ecosystems by the label of their location', () => {
    const index = buildSearchIndex(ECOSYSTEMS, labels);
    expect(found('Spain', index)).toEqual(['barcelona', 'bilbao']);
    expect(found('Scotland', index)).toEqual([]);
  });

  it('has no world region to search by', () => {
    expect(found('Europe', buildSearchIndex(ECOSYSTEMS, labels))).toEqual([]);
  });
});

describe('buildSearchIndex in several languages', () => {
  const danish: SearchWords = {
    place: (location) => [location.label, location.id === 'spain' ? 'Spanien' : location.label],
    region: (region) => [REGION_LABELS[region], region === 'europe' ? 'Europa' : ''],
    theme: (theme) => [THEME_LABELS[theme], theme === 'telehealth' ? 'Telesundhed' : ''],
  };

  it('finds locations, regions and themes by their name in any language given', () => {
    const index = buildSearchIndex(ECOSYSTEMS, LOCATIONS, danish);
    expect(found('Spanien', index)).toEqual(['barcelona', 'bilbao']);
    expect(found('Spain', index)).toEqual(['barcelona', 'bilbao']);
    expect(found('Telesundhed', index)).toEqual(['barcelona', 'copenhagen', 'odense']);
    expect(found('Europa', index)).toEqual(found('Europe', index));
  });

  it('uses the English names when no words are given', () => {
    const place = LOCATIONS[0];
    if (!place) throw new Error('no location');
    expect(ENGLISH_WORDS.place(place)).toEqual(['Denmark']);
    expect(ENGLISH_WORDS.region('north-america')).toEqual(['North America']);
    expect(ENGLISH_WORDS.theme('data-ai')).toEqual(['Data and AI']);
    expect(found('Spanien')).toEqual([]);
  });
});
