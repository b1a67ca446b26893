import { describe, expect, it } from 'vitest';
import { pickerGroups, toggleCompared } from './compare-choice';
import { LOCATIONS } from './test-data';

const locationsById = new Map(LOCATIONS.map((location) => [location.id, location]));

describe('toggleCompared', () => {
  it('adds while there is room, removes what is chosen, and holds four at most', () => {
    expect(toggleCompared([], 'a')).toEqual(['a']);
    expect(toggleCompared(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggleCompared(['a', 'b', 'c', 'd'], 'e')).toEqual(['a', 'b', 'c', 'd']);
    expect(toggleCompared(['a', 'b', 'c', 'd'], 'd')).toEqual(['a', 'b', 'c']);
  });
});

describe('pickerGroups', () => {
  const items = [
    { id: 'b', name: 'Zaragoza', place: 'Aragón', locationId: 'spain' },
    { id: 'a', name: 'Bilbao', place: 'Basque Country', locationId: 'spain' },
    { id: 'c', name: 'Odense', place: 'Funen', locationId: 'denmark' },
  ];

  it('groups by location label, names in order', () => {
    expect(
      pickerGroups(items, locationsById, '').map((group) => [
        group.label,
        group.ecosystems.map((item) => item.name),
      ]),
    ).toEqual([
      ['Denmark', ['Odense']],
      ['Spain', ['Bilbao', 'Zaragoza']],
    ]);
  });

  it('finds by name, place or location, ignoring case and accents', () => {
    const names = (query: string) =>
      pickerGroups(items, locationsById, query).flatMap((group) =>
        group.ecosystems.map((item) => item.name),
      );
    expect(names('ARAGON')).toEqual(['Zaragoza']);
    expect(names(' denm ')).toEqual(['Odense']);
    expect(names('nowhere')).toEqual([]);
  });
});
