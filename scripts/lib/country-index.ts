// Is a point inside a country? Natural Earth's 1:10m shapes (world-atlas), fine enough for
// coastal cities, with a tolerance of about a kilometre for points on the shore. Used at build
// time only: the file is 3.6 MB and never reaches the app.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { LngLat } from '../../src/api/schemas';

type Ring = Position[];
interface Part {
  rings: Ring[];
  west: number;
  south: number;
  east: number;
  north: number;
}

/** Country parts by ISO 3166-1 numeric code. */
export type CountryIndex = ReadonlyMap<string, readonly Part[]>;

const KM_PER_DEGREE = 111.32;

function toPart(rings: Ring[]): Part {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const [lng = 0, lat = 0] of rings[0] ?? []) {
    west = Math.min(west, lng);
    east = Math.max(east, lng);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return { rings, west, south, east, north };
}

export function indexCountries(topology: Topology): CountryIndex {
  const object = topology.objects.countries as GeometryCollection;
  const collection = feature(topology, object);
  const index = new Map<string, Part[]>();
  for (const country of collection.features) {
    const id = typeof country.id === 'string' ? country.id : String(country.id ?? '');
    const geometry = country.geometry as Polygon | MultiPolygon | null;
    if (!id || !geometry) continue;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    const parts = index.get(id) ?? [];
    for (const polygon of polygons) parts.push(toPart(polygon));
    index.set(id, parts);
  }
  return index;
}

/** Loads world-atlas's countries-10m.json from node_modules. */
export async function loadCountryIndex(): Promise<CountryIndex> {
  const file = createRequire(import.meta.url).resolve('world-atlas/countries-10m.json');
  return indexCountries(JSON.parse(await readFile(file, 'utf8')) as Topology);
}

/** Even-odd ray casting on one ring, in plain longitude/latitude. */
function inRing([x, y]: LngLat, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Distance in km from a point to a segment, on a local equirectangular plane. */
function segmentKm([x, y]: LngLat, [ax = 0, ay = 0]: Position, [bx = 0, by = 0]: Position): number {
  const scale = Math.cos((y * Math.PI) / 180);
  const px = (x - ax) * scale;
  const py = y - ay;
  const dx = (bx - ax) * scale;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / length));
  return Math.hypot(px - t * dx, py - t * dy) * KM_PER_DEGREE;
}

function inPart(point: LngLat, part: Part): boolean {
  const [outer, ...holes] = part.rings;
  return outer !== undefined && inRing(point, outer) && !holes.some((hole) => inRing(point, hole));
}

function nearPart(point: LngLat, part: Part, toleranceKm: number): boolean {
  const margin = toleranceKm / KM_PER_DEGREE / Math.max(0.1, Math.cos((point[1] * Math.PI) / 180));
  const [lng, lat] = point;
  if (lng < part.west - margin || lng > part.east + margin) return false;
  if (lat < part.south - margin || lat > part.north + margin) return false;
  for (const ring of part.rings) {
    for (let i = 1; i < ring.length; i += 1) {
      const a = ring[i - 1];
      const b = ring[i];
      if (a && b && segmentKm(point, a, b) <= toleranceKm) return true;
    }
  }
  return false;
}

/**
 * True when the point lies in one of the countries (ISO numeric codes) or within
 * `toleranceKm` of its border or shore.
 */
export function inCountries(
  index: CountryIndex,
  point: LngLat,
  isoNumeric: readonly string[],
  toleranceKm = 1,
): boolean {
  const parts = isoNumeric.flatMap((code) => index.get(code) ?? []);
  const [lng, lat] = point;
  const boxed = parts.filter(
    (part) => lng >= part.west && lng <= part.east && lat >= part.south && lat <= part.north,
  );
  if (boxed.some((part) => inPart(point, part))) return true;
  return parts.some((part) => nearPart(point, part, toleranceKm));
}

/** Which country (ISO numeric) a point lies in, for a helpful error message. */
export function countryAt(index: CountryIndex, point: LngLat): string | undefined {
  for (const [code, parts] of index) {
    for (const part of parts) {
      const [lng, lat] = point;
      if (lng < part.west || lng > part.east || lat < part.south || lat > part.north) continue;
      if (inPart(point, part)) return code;
    }
  }
  return undefined;
}
