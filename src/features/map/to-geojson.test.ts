import { describe, expect, it } from 'vitest';
import { ECOSYSTEMS, LOCATIONS } from '../../domain/test-data';
import { ecosystemsToGeoJson, locationsToGeoJson } from './to-geojson';

describe('ecosystemsToGeoJson', () => {
  it('keeps only the properties the layers use, with coordinates rounded to 5 decimals', () => {
    const collection = ecosystemsToGeoJson(ECOSYSTEMS.slice(0, 1));
    expect(typeof collection.features[0]?.id).toBe('number');
    expect(Object.keys(collection.features[0]?.properties ?? {})).toEqual(['slug', 'name']);
    expect(collection.features).toMatchObject([
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [10.12346, 55.98765] },
        properties: { slug: 'odense', name: 'South Denmark eHealth' },
      },
    ]);
  });

  it('gives every feature a distinct integer id for feature-state', () => {
    const ids = ecosystemsToGeoJson(ECOSYSTEMS).features.map((feature) => feature.id);
    expect(new Set(ids).size).toBe(ECOSYSTEMS.length);
    expect(ids.every((id) => Number.isInteger(id))).toBe(true);
  });

  it('reuses one feature per ecosystem, so its id (and hover state) survives a filter', () => {
    const all = ecosystemsToGeoJson(ECOSYSTEMS).features;
    const some = ecosystemsToGeoJson(ECOSYSTEMS.slice(1, 2)).features;
    expect(some[0]).toBe(all[1]);
  });
});

describe('ecosystem labels', () => {
  it('label each point by the name given, keeping its feature and id when the name changes', () => {
    const [first] = ECOSYSTEMS;
    if (!first) throw new Error('no test ecosystem');
    const english = ecosystemsToGeoJson([first]).features[0];
    const id = english?.id;
    expect(english?.properties.name).toBe(first.name);
    const danish = ecosystemsToGeoJson([first], () => 'Økosystem i Danmark').features[0];
    expect(danish?.properties).toEqual({ slug: first.id, name: 'Økosystem i Danmark' });
    expect(danish?.id).toBe(id);
  });
});

describe('locationsToGeoJson', () => {
  it('makes one bubble per location that has ecosystems, with its count', () => {
    const collection = locationsToGeoJson(
      LOCATIONS,
      new Map([
        ['spain', 2],
        ['usa', 1],
        ['wales', 0],
      ]),
    );
    expect(collection.features.map((feature) => feature.properties)).toEqual([
      { locationId: 'spain', label: 'Spain', count: 2 },
      { locationId: 'usa', label: 'Usa', count: 1 },
    ]);
  });
});
