import { describe, expect, it } from 'vitest';
import { boundsOf, distanceKm, roundCoordinate } from './geo';

const LONDON: [number, number] = [-0.1278, 51.5074];
const PARIS: [number, number] = [2.3522, 48.8566];

describe('distanceKm', () => {
  it('is zero from a point to itself', () => {
    expect(distanceKm(PARIS, PARIS)).toBe(0);
  });

  it('measures London to Paris as about 344 km, either way round', () => {
    expect(distanceKm(LONDON, PARIS)).toBeCloseTo(343.556, 2);
    expect(distanceKm(PARIS, LONDON)).toBeCloseTo(343.556, 2);
  });

  it('gives one degree of latitude, or of longitude on the equator, as about 111 km', () => {
    expect(distanceKm([0, 0], [0, 1])).toBeCloseTo(111.195, 3);
    expect(distanceKm([0, 0], [1, 0])).toBeCloseTo(111.195, 3);
  });

  it('shrinks a degree of longitude towards the poles: half as long at 60° north', () => {
    expect(distanceKm([10, 60], [10.5, 60])).toBeCloseTo(27.799, 3);
  });

  it('gives half the circumference for opposite points on the equator', () => {
    expect(distanceKm([0, 0], [180, 0])).toBeCloseTo(20015.087, 3);
  });
});

describe('roundCoordinate', () => {
  it('rounds to five decimals (about a metre) by default', () => {
    expect(roundCoordinate(10.123456789)).toBe(10.12346);
    expect(roundCoordinate(55.987654321)).toBe(55.98765);
    expect(roundCoordinate(-3.7038495)).toBe(-3.70385);
  });

  it('rounds to the decimals asked for', () => {
    expect(roundCoordinate(10.123456789, 2)).toBe(10.12);
    expect(roundCoordinate(10.5, 0)).toBe(11);
    expect(roundCoordinate(12.3456, 3)).toBe(12.346);
  });

  it('leaves a coordinate with fewer decimals as it is', () => {
    expect(roundCoordinate(40.4168)).toBe(40.4168);
    expect(roundCoordinate(-122)).toBe(-122);
  });
});

describe('boundsOf', () => {
  it('has no box for no points', () => {
    expect(boundsOf([])).toBeUndefined();
  });

  it('is a box of no size around one point', () => {
    expect(boundsOf([[10.38, 55.4]])).toEqual([
      [10.38, 55.4],
      [10.38, 55.4],
    ]);
  });

  it('is [[west, south], [east, north]] around several points, whatever their order', () => {
    const points: [number, number][] = [
      [2.3522, 48.8566],
      [-3.7038, 40.4168],
      [12.5683, 55.6761],
      [-0.1278, 51.5074],
    ];
    expect(boundsOf(points)).toEqual([
      [-3.7038, 40.4168],
      [12.5683, 55.6761],
    ]);
    expect(boundsOf([...points].reverse())).toEqual([
      [-3.7038, 40.4168],
      [12.5683, 55.6761],
    ]);
  });

  it('crosses the antimeridian when that box is narrower, its east edge past 180°', () => {
    const melbourne: [number, number] = [144.96, -37.81];
    const sanFrancisco: [number, number] = [-122.42, 37.77];
    expect(boundsOf([melbourne, sanFrancisco])).toEqual([
      [144.96, -37.81],
      [-122.42 + 360, 37.77],
    ]);
    // Fiji either side of 180°: 10° wide, not 350°.
    expect(
      boundsOf([
        [178, -17],
        [-178, -18],
      ]),
    ).toEqual([
      [178, -18],
      [182, -17],
    ]);
    // A tie keeps the box that does not cross.
    expect(
      boundsOf([
        [-90, 0],
        [90, 0],
      ]),
    ).toEqual([
      [-90, 0],
      [90, 0],
    ]);
    // Europe with Oceania: the gap over the Pacific is not the widest, so it does not cross.
    expect(
      boundsOf([
        [10, 50],
        [144.96, -37.81],
        [-3, 40],
      ]),
    ).toEqual([
      [-3, -37.81],
      [144.96, 50],
    ]);
  });

  it('takes west and south from different points when no one point is both', () => {
    expect(
      boundsOf([
        [-73.6, 60.1],
        [18.4, -33.9],
      ]),
    ).toEqual([
      [-73.6, -33.9],
      [18.4, 60.1],
    ]);
  });

  it('works in the negative quadrant, where every point is west and south of zero', () => {
    expect(
      boundsOf([
        [-70.6, -33.4],
        [-58.4, -34.6],
      ]),
    ).toEqual([
      [-70.6, -34.6],
      [-58.4, -33.4],
    ]);
  });
});
