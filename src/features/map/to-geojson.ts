// GeoJSON for the map's sources, with only the properties the layers use and coordinates
// rounded to 5 decimals (about 1 m).
import type { FeatureCollection, Point } from 'geojson';
import type { EcosystemSummary, Location } from '../../api/documents';
import { roundCoordinate } from '../../domain/geo';

export interface EcosystemProperties {
  /** The ecosystem's slug; the feature's numeric id is its index, for feature-state. */
  slug: string;
  name: string;
}

export interface LocationProperties {
  locationId: string;
  label: string;
  count: number;
}

const point = ([lng, lat]: readonly [number, number]): Point => ({
  type: 'Point',
  coordinates: [roundCoordinate(lng), roundCoordinate(lat)],
});

export function ecosystemsToGeoJson(
  ecosystems: readonly Pick<EcosystemSummary, 'id' | 'name' | 'coordinates'>[],
): FeatureCollection<Point, EcosystemProperties> {
  return {
    type: 'FeatureCollection',
    features: ecosystems.map((ecosystem, index) => ({
      type: 'Feature',
      id: index,
      geometry: point(ecosystem.coordinates),
      properties: { slug: ecosystem.id, name: ecosystem.name },
    })),
  };
}

/** One bubble per location with at least one ecosystem, at the location's centre. */
export function locationsToGeoJson(
  locations: readonly Pick<Location, 'id' | 'label' | 'centroid'>[],
  counts: ReadonlyMap<string, number>,
): FeatureCollection<Point, LocationProperties> {
  return {
    type: 'FeatureCollection',
    features: locations.flatMap((location, index) => {
      const count = counts.get(location.id) ?? 0;
      if (count === 0) return [];
      return [
        {
          type: 'Feature' as const,
          id: index,
          geometry: point(location.centroid),
          properties: { locationId: location.id, label: location.label, count },
        },
      ];
    }),
  };
}
