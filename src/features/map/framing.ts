// How the map frames the ecosystems it shows, in the SVG and in MapLibre alike: the points'
// box, 60 px of room around it, no closer than zoom 7, no wider than MapLibre allows.
import { cameraFor, project, type Camera, type Point, type ViewBox } from './mercator';

/** MapLibre's zoom limits for the explorer's map (ecosystem-map.tsx uses the same). */
export const MIN_ZOOM = 0.8;
export const MAX_ZOOM = 14;
/** The closest a framing goes, and the room left around the points, in CSS pixels. */
const FRAME_MAX_ZOOM = 7;
const PADDING = 60;
/** The view with nothing to frame (no data yet, or no result). */
const WORLD_CAMERA: Camera = { center: [10, 40], zoom: 1.5 };

export interface Size {
  width: number;
  height: number;
}

/**
 * The map box the prerendered page assumes (the desktop explorer's map): the HTML's viewBox
 * is the view of this box, which the browser fits into the real one until the page measures it.
 */
export const NOMINAL_SIZE: Size = { width: 960, height: 720 };

/** The world box around points (longitudes as given: the data keeps them on one side). */
export function pointsBox(points: readonly Point[]): ViewBox | undefined {
  if (points.length === 0) return undefined;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const point of points) {
    const [x, y] = project(point);
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The camera that frames `points` in a box of `size`, as MapLibre's fitBounds would. */
export function frameCamera(points: readonly Point[], size: Size): Camera {
  const box = pointsBox(points);
  if (!box) return WORLD_CAMERA;
  const inner = {
    width: Math.max(1, size.width - 2 * PADDING),
    height: Math.max(1, size.height - 2 * PADDING),
  };
  const fit = Math.min(inner.width / box.width, inner.height / box.height);
  const zoom = Math.max(MIN_ZOOM, Math.min(FRAME_MAX_ZOOM, Math.log2(fit)));
  const centre: Point = [box.x + box.width / 2, box.y + box.height / 2];
  // Then constrained as MapLibre constrains its camera (the poles never show).
  return cameraFor(boxAround(centre, size, zoom), size, { minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM });
}

/** The world box that a camera at `zoom` centred on a world point shows in `size`. */
function boxAround([cx, cy]: Point, size: Size, zoom: number): ViewBox {
  const s = 2 ** zoom;
  return {
    x: cx - size.width / (2 * s),
    y: cy - size.height / (2 * s),
    width: size.width / s,
    height: size.height / s,
  };
}
