import { describe, expect, it } from 'vitest';
import type { LngLat } from '../api/schemas';
import { distanceKm } from './geo';
import { placeEcosystems } from './integrity';
import { summary } from './test-data';

const COPENHAGEN: LngLat = [12.57, 55.68];
const ODENSE: LngLat = [10.39, 55.4];
const MADRID: LngLat = [-3.7, 40.42];
const denmark = { id: 'denmark', centroid: [10, 56] as LngLat, radiusKm: 300 };
const spain = { id: 'spain', centroid: [-3.7, 40.2] as LngLat, radiusKm: 800 };

describe('placeEcosystems', () => {
  it('keeps every ecosystem that lies within its location, in order, and rejects none', () => {
    const ecosystems = [
      summary('odense', 'denmark', { coordinates: ODENSE }),
      summary('madrid', 'spain', { coordinates: MADRID }),
      summary('copenhagen', 'denmark', { coordinates: COPENHAGEN }),
    ];
    expect(placeEcosystems(ecosystems, [denmark, spain])).toEqual({
      items: ecosystems,
      rejected: 0,
    });
  });

  it('skips and counts an ecosystem whose location is not in the list', () => {
    const odense = summary('odense', 'denmark', { coordinates: ODENSE });
    const atlantis = summary('lost', 'atlantis', { coordinates: ODENSE });
    expect(placeEcosystems([atlantis, odense], [denmark])).toEqual({
      items: [odense],
      rejected: 1,
    });
  });

  it('skips and counts an ecosystem whose point lies outside its location (swapped coordinates)', () => {
    const swapped = summary('swapped', 'denmark', { coordinates: [55.4, 10.39] });
    const inSpainByMistake = summary('wrong-country', 'denmark', { coordinates: MADRID });
    const odense = summary('odense', 'denmark', { coordinates: ODENSE });
    expect(placeEcosystems([swapped, odense, inSpainByMistake], [denmark, spain])).toEqual({
      items: [odense],
      rejected: 2,
    });
  });

  it('keeps a point exactly on the edge of the location and drops one just past it', () => {
    const edge = distanceKm(ODENSE, denmark.centroid);
    const odense = summary('odense', 'denmark', { coordinates: ODENSE });
    expect(placeEcosystems([odense], [{ ...denmark, radiusKm: edge }])).toEqual({
      items: [odense],
      rejected: 0,
    });
    expect(placeEcosystems([odense], [{ ...denmark, radiusKm: edge * (1 - 1e-9) }])).toEqual({
      items: [],
      rejected: 1,
    });
  });

  it('rejects every ecosystem when no locations are known, and has nothing to do for none', () => {
    const odense = summary('odense', 'denmark', { coordinates: ODENSE });
    expect(placeEcosystems([odense], [])).toEqual({ items: [], rejected: 1 });
    expect(placeEcosystems([], [denmark])).toEqual({ items: [], rejected: 0 });
  });
});
