// Natural Earth country shapes (world-atlas, 1:110m) as GeoJSON, prepared once at build
// time (see vite.config.ts): the map's worker fetches and parses the file, so the page's
// main thread never decodes the TopoJSON.
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };

/** Where the build puts the shapes, relative to the app's base URL. */
export const COUNTRIES_FILE = 'basemap/countries-110m.geojson';

export interface CountryProperties {
  /** ISO 3166-1 numeric code ('208'), or '' for shapes without one (Kosovo, N. Cyprus). */
  iso: string;
}

const ANTARCTICA = '010';

/**
 * Makes a ring's longitudes continuous: where it crosses the antimeridian (Fiji, Russia's far
 * east), the points beyond it move past ±180 instead of jumping across the whole map.
 */
export function unwrapRing(ring: Position[]): Position[] {
  const crosses = ring.some(
    (point, i) => i > 0 && Math.abs((point[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)) > 180,
  );
  if (!crosses) return ring;
  return ring.map(([lng = 0, lat = 0]) => [lng < 0 ? lng + 360 : lng, lat]);
}

function unwrapGeometry(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  if (geometry.type === 'Polygon') {
    return { type: 'Polygon', coordinates: geometry.coordinates.map(unwrapRing) };
  }
  return {
    type: 'MultiPolygon',
    coordinates: geometry.coordinates.map((polygon) => polygon.map(unwrapRing)),
  };
}

type Countries = Topology<{ countries: GeometryCollection }>;

/** Country shapes as GeoJSON, Antarctica left out (no ecosystems, and it wraps the pole). */
export function countryShapes(): FeatureCollection<Polygon | MultiPolygon, CountryProperties> {
  return countryShapesOf(world as unknown as Countries);
}

/** The same from any of world-atlas's country files (the finer levels, at build time). */
export function countryShapesOf(
  topology: Countries,
): FeatureCollection<Polygon | MultiPolygon, CountryProperties> {
  const collection = feature(topology, topology.objects.countries);
  const features: Feature<Polygon | MultiPolygon, CountryProperties>[] = [];
  for (const shape of collection.features) {
    const iso = typeof shape.id === 'string' ? shape.id : '';
    const geometry = shape.geometry as Polygon | MultiPolygon | null;
    if (iso === ANTARCTICA || !geometry) continue;
    features.push({
      type: 'Feature',
      properties: { iso },
      geometry: unwrapGeometry(geometry),
    });
  }
  return { type: 'FeatureCollection', features };
}
