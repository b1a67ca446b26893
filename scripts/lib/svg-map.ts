// The SVG map's country shapes, made at build time: Natural Earth 1:110m (world-atlas, the
// shapes the WebGL basemap starts with) projected to Web Mercator in MapLibre's world units
// (src/features/map/mercator.ts), cut at the antimeridian and the Mercator square by d3-geo,
// rounded to a tenth of a unit and written as one small SVG file of one path per country.
// The page's SVG map draws them with <use>, so neither the HTML nor the JavaScript carries
// the shapes, and the browser caches one file for every page.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { WORLD } from '../../src/features/map/mercator';
import { SVG_SHAPES_FILE } from '../../src/features/map/svg-shapes';

const ANTARCTICA = '010';
/** Tenths of a world unit: 1/5120 of the world's width, under a pixel up to zoom 3. */
const STEP = 10;

type Ring = [number, number][];

/** Collects a path's rings, already projected and clipped by d3-geo, in tenths of units. */
function ringCollector() {
  const rings: Ring[] = [];
  let ring: Ring = [];
  const add = (x: number, y: number) => {
    const point: [number, number] = [Math.round(x * STEP), Math.round(y * STEP)];
    const last = ring.at(-1);
    if (!last || last[0] !== point[0] || last[1] !== point[1]) ring.push(point);
  };
  return {
    rings,
    context: {
      moveTo(x: number, y: number) {
        ring = [];
        rings.push(ring);
        add(x, y);
      },
      lineTo: add,
      beginPath() {},
      closePath() {},
      arc() {},
    },
  };
}

const number = (value: number): string => {
  const text = (value / STEP).toString();
  return text.replace(/^(-?)0\./, '$1.');
};

/** Joins numbers as SVG path data does: no space before a minus sign, nor before a leading
 *  dot when the number before holds a dot already (`.4-.3.5` reads .4, -.3, .5). */
export function joinNumbers(values: readonly number[]): string {
  let out = '';
  let previous = '';
  for (const value of values) {
    const text = number(value);
    const glued =
      previous === '' || text.startsWith('-') || (text.startsWith('.') && previous.includes('.'));
    out += glued ? text : ` ${text}`;
    previous = text;
  }
  return out;
}

/** One ring as relative path data: `M x y l dx dy ... z`. */
export function ringPath(ring: Ring): string {
  const [first, ...rest] = ring;
  if (!first || rest.length < 2) return '';
  const deltas: number[] = [];
  let [px, py] = first;
  for (const [x, y] of rest) {
    deltas.push(x - px, y - py);
    px = x;
    py = y;
  }
  return `M${joinNumbers(first)}l${joinNumbers(deltas)}z`;
}

/** Path data of a geometry in world units, cut at the antimeridian, in tenths of a unit. */
export function geometryPath(geometry: Geometry): string {
  const projection = geoMercator()
    .scale(WORLD / (2 * Math.PI))
    .translate([WORLD / 2, WORLD / 2]);
  const { rings, context } = ringCollector();
  geoPath(projection, context)(geometry);
  return rings.map(ringPath).join('');
}

export interface CountryPath {
  /** ISO 3166-1 numeric code, '' for shapes without one. */
  iso: string;
  d: string;
}

export function countryPaths(): CountryPath[] {
  const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
  const collection = feature(topology, topology.objects.countries);
  return collection.features.flatMap((shape: Feature) => {
    const iso = typeof shape.id === 'string' ? shape.id : '';
    // A few of world-atlas's shapes have no geometry at all.
    const geometry = shape.geometry as Geometry | null;
    if (iso === ANTARCTICA || !geometry) return [];
    const d = geometryPath(geometry);
    return d ? [{ iso, d }] : [];
  });
}

/** The file: a <g id="land"> of paths, each country's with the id `c<iso>`. */
export function svgShapes(paths: readonly CountryPath[] = countryPaths()): string {
  const body = paths
    .map(({ iso, d }) => (iso ? `<path id="c${iso}" d="${d}"/>` : `<path d="${d}"/>`))
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WORLD} ${WORLD}"><g id="land">\n${body}\n</g></svg>\n`;
}

/** Writes the file under `publicDir` (public/ in the build), where the page asks for it. */
export async function writeSvgShapes(publicDir = 'public'): Promise<string> {
  const target = path.join(publicDir, SVG_SHAPES_FILE);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, svgShapes());
  return target;
}
