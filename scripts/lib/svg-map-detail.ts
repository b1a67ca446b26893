// The basemap's finer shapes for zooming in: Natural Earth 1:50m and 1:10m (world-atlas) as
// GeoJSON files beside the app, prepared like the 1:110m basemap (Antarctica left out, rings
// that cross the antimeridian made continuous). Their shared borders (TopoJSON arcs) are
// simplified once, so neighbours keep meeting exactly, to about what each level is drawn at:
// 1:10m to 0.02° (about 2 km, a pixel or two at zoom 7), which also keeps every file under the
// service worker's precache size limit. The WebGL map loads them only once it is zoomed in.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { countryShapesOf } from '../../src/features/map/country-shapes';
import { DETAIL_LEVELS } from '../../src/features/map/detail-levels';

const require = createRequire(import.meta.url);

/** Simplification tolerance and decimals kept, in degrees, per level. */
const PRECISION: Record<string, { tolerance: number; digits: number }> = {
  '50m': { tolerance: 0.01, digits: 2 },
  '10m': { tolerance: 0.02, digits: 2 },
};

type Countries = Topology<{ countries: GeometryCollection }>;

/** Douglas–Peucker on one line; its two ends always stay. */
export function simplifyLine(line: readonly Position[], tolerance: number): Position[] {
  if (line.length <= 2) return [...line];
  const keep = new Uint8Array(line.length);
  keep[0] = 1;
  keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length > 0) {
    const [a, b] = stack.pop() ?? [0, 0];
    const [ax = 0, ay = 0] = line[a] ?? [];
    const [bx = 0, by = 0] = line[b] ?? [];
    const length = Math.hypot(bx - ax, by - ay);
    let farthest = -1;
    let distance = 0;
    for (let i = a + 1; i < b; i++) {
      const [px = 0, py = 0] = line[i] ?? [];
      const d =
        length === 0
          ? Math.hypot(px - ax, py - ay)
          : Math.abs((by - ay) * px - (bx - ax) * py + bx * ay - by * ax) / length;
      if (d > distance) [distance, farthest] = [d, i];
    }
    if (farthest > 0 && distance > tolerance) {
      keep[farthest] = 1;
      stack.push([a, farthest], [farthest, b]);
    }
  }
  return line.filter((_, i) => keep[i] === 1);
}

/** The topology with its arcs decoded, simplified and rounded (neighbours share them). */
function simplifyTopology(topology: Countries, tolerance: number, digits: number): Countries {
  const factor = 10 ** digits;
  const round = (value: number) => Math.round(value * factor) / factor;
  const { transform } = topology;
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const line = arc.map(([dx = 0, dy = 0]) => {
      if (!transform) return [dx, dy];
      x += dx;
      y += dy;
      return [
        x * transform.scale[0] + transform.translate[0],
        y * transform.scale[1] + transform.translate[1],
      ];
    });
    const simple = simplifyLine(line, tolerance).map(([lng = 0, lat = 0]) => [
      round(lng),
      round(lat),
    ]);
    return simple.filter((p, i) => i === 0 || String(p) !== String(simple[i - 1]));
  });
  return { ...topology, transform: undefined, arcs };
}

/** Rings that simplification reduced to less than a triangle are left out. */
function dropDegenerate(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon | undefined {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept = polygons
    .map((polygon) => polygon.filter((ring) => ring.length >= 4))
    .filter((polygon, i) => polygon.length > 0 && polygon[0] === polygons[i]?.[0]);
  if (kept.length === 0) return undefined;
  return { type: 'MultiPolygon', coordinates: kept };
}

export async function detailShapes(scale: string): Promise<string> {
  const file = require.resolve(`world-atlas/countries-${scale}.json`);
  const topology = JSON.parse(await readFile(file, 'utf8')) as Countries;
  const { tolerance, digits } = PRECISION[scale] ?? { tolerance: 0.01, digits: 2 };
  const shapes = countryShapesOf(simplifyTopology(topology, tolerance, digits));
  const features = shapes.features.flatMap((shape) => {
    const geometry = dropDegenerate(shape.geometry);
    return geometry ? [{ ...shape, geometry }] : [];
  });
  return JSON.stringify({ type: 'FeatureCollection', features });
}

/** Writes every detail level under `publicDir`; returns the files written. */
export async function writeDetailShapes(publicDir = 'public'): Promise<string[]> {
  const written: string[] = [];
  for (const level of DETAIL_LEVELS) {
    const target = path.join(publicDir, level.file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, await detailShapes(level.scale));
    written.push(target);
  }
  return written;
}
