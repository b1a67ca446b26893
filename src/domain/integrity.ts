// Record-level checks of API data beyond the schema: a misplaced record is skipped and counted,
// never allowed to break the page. Pure functions, shared by the data layer and the explorer.
import type { EcosystemSummary, Location } from '../api/documents';
import type { Checked } from '../api/list-document';
import { distanceKm } from './geo';
import { byId } from './lookup';

export type { Checked };

/**
 * Keeps ecosystems whose location exists and whose point lies within it: an unknown location
 * or swapped coordinates would put a record in the wrong place on the map.
 */
export function placeEcosystems(
  ecosystems: readonly EcosystemSummary[],
  locations: readonly Pick<Location, 'id' | 'centroid' | 'radiusKm'>[],
): Checked<EcosystemSummary> {
  const located = byId(locations);
  const kept = ecosystems.filter((ecosystem) => {
    const location = located.get(ecosystem.locationId);
    return (
      location !== undefined &&
      distanceKm(ecosystem.coordinates, location.centroid) <= location.radiusKm
    );
  });
  return { items: kept, rejected: ecosystems.length - kept.length };
}
