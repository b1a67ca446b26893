// GeoJSON for the map's sources, with only the properties the layers use and coordinates
// rounded to 5 decimals (about 1 m).
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { EcosystemSummary, Location } from '../../api/documents';
import { roundCoordinate } from '../../domain/geo';

export interface EcosystemProperties {
  /** The ecosystem's slug; the feature's numeric id is for feature-state. */
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

type EcosystemFeature = Feature<Point, EcosystemProperties> & { id: number };
type Mappable = Pick<EcosystemSummary, 'id' | 'name' | 'coordinates'>;

// One feature per ecosystem record, made once: a filter change reuses them, so it allocates
// nothing per ecosystem and a feature keeps its id (and its hover state) across filters.
const features = new WeakMap<Mappable, EcosystemFeature>();
let nextId = 0;

/** `name` is the label the map shows: the record's own name unless told otherwise. */
export function ecosystemFeature(ecosystem: Mappable, name = ecosystem.name): EcosystemFeature {
  let feature = features.get(ecosystem);
  if (!feature) {
    feature = {
      type: 'Feature',
      id: nextId++,
      geometry: point(ecosystem.coordinates),
      properties: { slug: ecosystem.id, name },
    };
    features.set(ecosystem, feature);
  } else if (feature.properties.name !== name) {
    // Another language names it otherwise (a placeholder is "Økosystem i Belgien" in Danish).
    feature.properties = { slug: ecosystem.id, name };
  }
  return feature;
}

/** The ecosystems as points, each labelled by `nameOf` (the visitor's language). */
export function ecosystemsToGeoJson<E extends Mappable>(
  ecosystems: readonly E[],
  nameOf: (ecosystem: E) => string = (ecosystem) => ecosystem.name,
): FeatureCollection<Point, EcosystemProperties> {
  return {
    type: 'FeatureCollection',
    features: ecosystems.map((ecosystem) => ecosystemFeature(ecosystem, nameOf(ecosystem))),
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
