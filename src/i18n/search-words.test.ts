import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchIds } from '../domain/search';
import { ECOSYSTEMS, LOCATIONS } from '../domain/test-data';
import { searchWords } from './search-words';

const index = buildSearchIndex(ECOSYSTEMS, LOCATIONS, searchWords());
const withTheme = (theme: string) =>
  new Set(
    ECOSYSTEMS.filter((ecosystem) => ecosystem.themes.some((t) => t === theme)).map((e) => e.id),
  );

describe('search in both languages', () => {
  it('finds a theme by its Danish name and by its English name', () => {
    const telehealth = withTheme('telehealth');
    expect(telehealth.size).toBeGreaterThan(0);
    expect(searchIds(index, 'Telesundhed')).toEqual(telehealth);
    expect(searchIds(index, 'Telehealth')).toEqual(telehealth);
    expect(searchIds(index, 'Forebyggelse')).toEqual(withTheme('prevention'));
  });

  it('finds places and regions by their Danish and English names', () => {
    const inSpain = new Set(ECOSYSTEMS.filter((e) => e.locationId === 'spain').map((e) => e.id));
    expect(inSpain.size).toBeGreaterThan(0);
    expect(searchIds(index, 'Spanien')).toEqual(inSpain);
    expect(searchIds(index, 'Spain')).toEqual(inSpain);
    const scottish = searchIds(index, 'Skotland');
    expect([...(scottish ?? [])]).toEqual(
      ECOSYSTEMS.filter((e) => e.locationId === 'scotland').map((e) => e.id),
    );
    const americas = searchIds(index, 'Nordamerika');
    expect(americas?.size).toBeGreaterThan(0);
    expect(searchIds(index, 'North America')).toEqual(americas);
    expect(searchIds(index, 'United States')).toEqual(americas);
  });
});
