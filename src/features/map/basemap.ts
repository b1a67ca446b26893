// The embedded basemap: Natural Earth country shapes (world-atlas, 1:110m) drawn as fill and
// line layers. No tile server and no glyph server: labels are drawn locally by MapLibre.
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { BASEMAP_LAYERS } from './layers';

export interface CountryProperties {
  /** ISO 3166-1 numeric code ('208'), or '' for shapes without one (Kosovo, N. Cyprus). */
  iso: string;
  name: string;
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

let countries: FeatureCollection<Polygon | MultiPolygon, CountryProperties> | undefined;

/** Country shapes as GeoJSON, Antarctica left out (no ecosystems, and it wraps the pole). */
export function countryShapes(): FeatureCollection<Polygon | MultiPolygon, CountryProperties> {
  if (countries) return countries;
  const topology = world as unknown as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const collection = feature(topology, topology.objects.countries);
  const features: Feature<Polygon | MultiPolygon, CountryProperties>[] = [];
  for (const shape of collection.features) {
    const iso = typeof shape.id === 'string' ? shape.id : '';
    const geometry = shape.geometry as Polygon | MultiPolygon | null;
    if (iso === ANTARCTICA || !geometry) continue;
    features.push({
      type: 'Feature',
      properties: { iso, name: shape.properties.name },
      geometry: unwrapGeometry(geometry),
    });
  }
  countries = { type: 'FeatureCollection', features };
  return countries;
}

export const NATURAL_EARTH_ATTRIBUTION =
  '<a href="https://www.naturalearthdata.com/" rel="noopener noreferrer">Natural Earth</a>';

export function embeddedStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'Ecosystem Atlas basemap',
    sources: {
      countries: {
        type: 'geojson',
        data: countryShapes(),
        attribution: NATURAL_EARTH_ATTRIBUTION,
      },
    },
    layers: [...BASEMAP_LAYERS],
  };
}

/** The basemap to use: a hosted style when VITE_MAP_STYLE_URL is set, else the embedded one. */
export function basemapStyle(): string | StyleSpecification {
  return import.meta.env.VITE_MAP_STYLE_URL ?? embeddedStyle();
}
