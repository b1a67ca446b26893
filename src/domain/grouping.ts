// Grouping by location and world region, and the per-country counts of the choropleth.
import { type WorldRegion } from '../api/schemas';
import { WORLD_REGIONS } from '../api/vocabulary';
import { type EcosystemSummary, type Location } from '../api/documents';
import { byId } from './lookup';

export interface RegionGroup {
  region: WorldRegion;
  locations: Location[];
}

/** Locations grouped by world region, in the order of WORLD_REGIONS, each in list order. */
export function groupLocationsByRegion(locations: readonly Location[]): RegionGroup[] {
  return WORLD_REGIONS.map((region) => ({
    region,
    locations: locations.filter((location) => location.region === region),
  })).filter((group) => group.locations.length > 0);
}

export function countByLocation(
  ecosystems: readonly Pick<EcosystemSummary, 'locationId'>[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { locationId } of ecosystems)
    counts.set(locationId, (counts.get(locationId) ?? 0) + 1);
  return counts;
}

/**
 * Ecosystems per country (ISO 3166-1 numeric), for shading the map: UK nations count for the
 * UK, Scandinavia for Denmark, Norway and Sweden, Transylvania for Romania.
 */
export function countByCountry(
  ecosystems: readonly Pick<EcosystemSummary, 'locationId'>[],
  locations: readonly Pick<Location, 'id' | 'isoNumeric'>[],
): Map<string, number> {
  const perLocation = countByLocation(ecosystems);
  const counts = new Map<string, number>();
  for (const location of locations) {
    const count = perLocation.get(location.id) ?? 0;
    if (count === 0) continue;
    for (const code of location.isoNumeric) counts.set(code, (counts.get(code) ?? 0) + count);
  }
  return counts;
}

/** How many ecosystems and countries a result holds: the count announced to screen readers. */
export function countResult(
  ecosystems: readonly Pick<EcosystemSummary, 'locationId'>[],
  locations: readonly Pick<Location, 'id' | 'iso'>[],
): { ecosystems: number; countries: number } {
  const located = byId(locations);
  const countries = new Set<string>();
  for (const { locationId } of ecosystems)
    for (const code of located.get(locationId)?.iso ?? []) countries.add(code);
  return { ecosystems: ecosystems.length, countries: countries.size };
}
