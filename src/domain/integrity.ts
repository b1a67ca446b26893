// Record-level checks of API data: a broken record is skipped and counted, never allowed to
// break the page. Pure functions, shared by the data layer and the explorer.
import type * as z from 'zod/mini';
import type { EcosystemSummary, Location } from '../api/documents';
import { distanceKm } from './geo';

export interface Checked<T> {
  items: T[];
  /** How many records were skipped. */
  rejected: number;
}

/** Parses each record on its own, so one bad record does not sink the document. */
export function parseEach<T>(items: readonly unknown[], schema: z.ZodMiniType<T>): Checked<T> {
  const parsed: T[] = [];
  for (const item of items) {
    const result = schema.safeParse(item);
    if (result.success) parsed.push(result.data);
  }
  return { items: parsed, rejected: items.length - parsed.length };
}

/** Keeps the first record of each id. */
export function uniqueById<T extends { id: string }>(items: readonly T[]): Checked<T> {
  const seen = new Set<string>();
  const kept = items.filter((item) => {
    if (seen.has(item.id)) return false;
    seen.add(item.id);
    return true;
  });
  return { items: kept, rejected: items.length - kept.length };
}

/**
 * Keeps ecosystems whose location exists and whose point lies within it: an unknown location
 * or swapped coordinates would put a record in the wrong place on the map.
 */
export function placeEcosystems(
  ecosystems: readonly EcosystemSummary[],
  locations: readonly Pick<Location, 'id' | 'centroid' | 'radiusKm'>[],
): Checked<EcosystemSummary> {
  const byId = new Map(locations.map((location) => [location.id, location]));
  const kept = ecosystems.filter((ecosystem) => {
    const location = byId.get(ecosystem.locationId);
    return (
      location !== undefined &&
      distanceKm(ecosystem.coordinates, location.centroid) <= location.radiusKm
    );
  });
  return { items: kept, rejected: ecosystems.length - kept.length };
}
