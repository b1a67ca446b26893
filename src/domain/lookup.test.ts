import { describe, expect, it } from 'vitest';
import { byId, fieldById, placesOf } from './lookup';

describe('lookups', () => {
  const locations = [
    { id: 'spain', region: 'Europe', name: 'Spain' },
    { id: 'chile', region: 'Latin America', name: 'Chile' },
  ];

  it('finds each record by its id', () => {
    const lookup = byId(locations);
    expect(lookup.get('chile')).toBe(locations[1]);
    expect(lookup.get('peru')).toBeUndefined();
    expect(lookup.size).toBe(2);
  });

  it('finds one field of each record by its id', () => {
    expect([...fieldById(locations, 'name')]).toEqual([
      ['spain', 'Spain'],
      ['chile', 'Chile'],
    ]);
  });

  it('says where each ecosystem is and in which region each location lies', () => {
    const places = placesOf([{ id: 'basque', locationId: 'spain' }], locations);
    expect(places.locationOf.get('basque')).toBe('spain');
    expect(places.regionOf.get('chile')).toBe('Latin America');
    expect([...places.locationOf.keys()]).toEqual(['basque']);
  });
});
