// Small geographic helpers shared by the data build and the map.
import type { LngLat } from '../api/schemas';

const EARTH_RADIUS_KM = 6371;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance between two [lng, lat] points (haversine). */
export function distanceKm([lng1, lat1]: LngLat, [lng2, lat2]: LngLat): number {
  const dLat = toRadians(lat2 - lat1);
  const dLng = toRadians(lng2 - lng1);
  const a =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRadians(lat1)) * Math.cos(toRadians(lat2)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Rounds a coordinate to `digits` decimals (5 decimals is about 1 m). */
export function roundCoordinate(value: number, digits = 5): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export type Bounds = [[number, number], [number, number]];

/**
 * The narrowest [[west, south], [east, north]] box around points, or undefined for none. When
 * the box is narrower across the antimeridian (Melbourne and San Francisco), its east edge is
 * past 180° (237.6 for San Francisco), as MapLibre's bounds expect.
 */
export function boundsOf(points: readonly LngLat[]): Bounds | undefined {
  if (points.length === 0) return undefined;
  const lngs = points.map(([lng]) => lng).sort((a, b) => a - b);
  const lats = points.map(([, lat]) => lat);
  let west = lngs[0] ?? 0;
  let east = lngs.at(-1) ?? 0;
  // The box leaves out the widest gap between neighbouring longitudes; at first, the gap
  // across the antimeridian.
  let widest = 360 - (east - west);
  for (let i = 1; i < lngs.length; i += 1) {
    const [before = 0, after = 0] = [lngs[i - 1], lngs[i]];
    if (after - before > widest) {
      widest = after - before;
      west = after;
      east = before + 360;
    }
  }
  return [
    [west, Math.min(...lats)],
    [east, Math.max(...lats)],
  ];
}
