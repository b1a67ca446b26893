// Web Mercator in MapLibre's own units: the world is WORLD units square at zoom 0 (x from the
// antimeridian eastwards, y from the north edge at ±85.05°), so a zoom z draws it 2^z times
// larger in CSS pixels. The SVG map, its build-time shapes and MapLibre's camera share these
// few lines, which is why the two maps draw the same view.

/** The world's width (and height) at zoom 0, in CSS pixels: MapLibre's tile size. */
export const WORLD = 512;
/** Mercator's latitude limit, where y reaches 0 and WORLD. */
export const MAX_LATITUDE = 85.051129;

export type Point = readonly [number, number];

export function project([lng, lat]: Point): [number, number] {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  const x = ((lng + 180) / 360) * WORLD;
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * WORLD;
  return [x, y];
}

export function unproject([x, y]: Point): [number, number] {
  const lng = (x / WORLD) * 360 - 180;
  const n = Math.PI - (2 * Math.PI * y) / WORLD;
  const lat = (Math.atan(Math.sinh(n)) * 180) / Math.PI;
  return [lng, lat];
}

/** A view box in world units: x, y of its top-left corner, width, height. */
export interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Camera {
  center: [number, number];
  zoom: number;
}

/** CSS pixels per world unit at a zoom. */
export const scaleAt = (zoom: number): number => 2 ** zoom;

/**
 * The view a map box of `width` x `height` pixels draws of `box` (fitted whole, centred, as
 * SVG's `xMidYMid meet`), constrained as MapLibre constrains its camera: zoom within
 * [minZoom, maxZoom], and never beyond the poles (the world at least as tall as the box, the
 * centre kept so that no edge shows past them).
 */
export function cameraFor(
  box: ViewBox,
  size: { width: number; height: number },
  { minZoom = 0, maxZoom = 22 }: { minZoom?: number; maxZoom?: number } = {},
): Camera {
  const fit = Math.min(size.width / box.width, size.height / box.height);
  const scale = Math.max(fit, size.height / WORLD, scaleAt(minZoom));
  const zoom = Math.min(Math.log2(scale), maxZoom);
  const s = scaleAt(zoom);
  const half = size.height / (2 * s);
  const cy = Math.max(half, Math.min(WORLD - half, box.y + box.height / 2));
  const cx = box.x + box.width / 2;
  return { center: unproject([cx, cy]), zoom };
}

/** The world box a camera shows in a map box of this size: what the SVG's viewBox becomes. */
export function viewBoxOf(camera: Camera, size: { width: number; height: number }): ViewBox {
  const [cx, cy] = project(camera.center);
  const s = scaleAt(camera.zoom);
  const width = size.width / s;
  const height = size.height / s;
  return { x: cx - width / 2, y: cy - height / 2, width, height };
}
