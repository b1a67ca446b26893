import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../domain/url-state';
import { filterSlug, imageFileName, slugify } from './file-name';

describe('slugify', () => {
  it.each([
    ['Ecosystems by world region', 'ecosystems-by-world-region'],
    ['Økosystemer efter verdensregion', 'okosystemer-efter-verdensregion'],
    ['Vækst i netværket år for år', 'vaekst-i-netvaerket-ar-for-ar'],
    [
      'Member organisations, as each ecosystem publishes them',
      'member-organisations-as-each-ecosystem-publishes-them',
    ],
    ['  --Spaces & <tags>--  ', 'spaces-tags'],
    ['***', ''],
  ])('%j → %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('cuts long names at a word boundary without a trailing dash', () => {
    const slug = slugify('a'.repeat(59) + ' bcd', 60);
    expect(slug).toBe('a'.repeat(59));
  });
});

describe('filterSlug', () => {
  it('is empty without filters', () => {
    expect(filterSlug(EMPTY_FILTERS)).toBe('');
  });

  it('names every kind of filter', () => {
    expect(
      filterSlug({
        ...EMPTY_FILTERS,
        countries: ['denmark', 'spain'],
        regions: ['europe'],
        themes: ['telehealth'],
        q: 'Ageing well!',
      }),
    ).toBe('denmark-spain_europe_telehealth_ageing-well');
  });
});

describe('imageFileName', () => {
  it('joins the name, the filters and the extension', () => {
    expect(imageFileName('Ecosystems by world region', EMPTY_FILTERS, 'png')).toBe(
      'ecosystems-by-world-region.png',
    );
    expect(
      imageFileName('Ecosystem map', { ...EMPTY_FILTERS, countries: ['denmark'] }, 'svg'),
    ).toBe('ecosystem-map_denmark.svg');
  });

  it('falls back when the name has no letters to keep', () => {
    expect(imageFileName('—', EMPTY_FILTERS, 'png', 'chart')).toBe('chart.png');
  });
});
