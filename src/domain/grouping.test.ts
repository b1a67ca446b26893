import { describe, expect, it } from 'vitest';
import { countByCountry, countByLocation, countResult, groupLocationsByRegion } from './grouping';
import { ECOSYSTEMS, LOCATIONS } from './test-data';

describe('grouping', () => {
  it('groups locations by world region in a fixed order', () => {
    const groups = groupLocationsByRegion(LOCATIONS);
    expect(groups.map((group) => group.region)).toEqual(['europe', 'north-america']);
    expect(groups[0]?.locations.map((location) => location.id)).toEqual([
      'denmark',
      'spain',
      'scotland',
      'wales',
      'scandinavia',
    ]);
  });

  it('counts ecosystems by location', () => {
    expect(Object.fromEntries(countByLocation(ECOSYSTEMS))).toEqual({
      denmark: 1,
      spain: 2,
      scotland: 1,
      wales: 1,
      scandinavia: 1,
      usa: 1,
    });
  });

  it('shades countries: UK nations count for the UK, Scandinavia for DK, NO and SE', () => {
    expect(Object.fromEntries(countByCountry(ECOSYSTEMS, LOCATIONS))).toEqual({
      '208': 2, // Denmark + Scandinavia
      '578': 1,
      '752': 1,
      '724': 2,
      '826': 2, // Scotland + Wales
      '840': 1,
    });
  });

  it('counts the ecosystems and countries of a result', () => {
    expect(countResult(ECOSYSTEMS, LOCATIONS)).toEqual({ ecosystems: 7, countries: 6 });
    expect(countResult(ECOSYSTEMS.slice(3, 5), LOCATIONS)).toEqual({ ecosystems: 2, countries: 1 });
    expect(countResult([], LOCATIONS)).toEqual({ ecosystems: 0, countries: 0 });
  });
});
