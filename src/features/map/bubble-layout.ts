// The SVG map's bubbles: one per location with ecosystems, sized in CSS pixels like the WebGL
// map's, and nudged apart where they would overlap (Europe at world zoom), so that every
// count stays readable and every bubble stays a link of its own.
import { project, type ViewBox } from './mercator';

export interface BubblePlace {
  id: string;
  centroid: readonly [number, number];
}

export interface Bubble<T extends BubblePlace> {
  place: T;
  count: number;
  /** Centre and radius in world units (the SVG's own). */
  x: number;
  y: number;
  r: number;
}

/** Radius in CSS pixels: grows slowly with the count, capped. */
export const bubbleRadius = (count: number): number => Math.min(26, 9 + 3.5 * Math.log(count));

/** Room between two bubbles, in CSS pixels. */
const GAP = 1.5;
const ROUNDS = 40;

/**
 * Bubbles for the places with a count, laid out at `scale` CSS pixels per world unit. Larger
 * bubbles move less; places are handled in a fixed order, so the layout is the same on the
 * server and in the browser for the same view.
 */
export function layoutBubbles<T extends BubblePlace>(
  places: readonly T[],
  counts: ReadonlyMap<string, number>,
  scale: number,
): Bubble<T>[] {
  const bubbles = places.flatMap((place) => {
    const count = counts.get(place.id) ?? 0;
    if (count === 0) return [];
    const [x, y] = project(place.centroid);
    return [{ place, count, x: x * scale, y: y * scale, r: bubbleRadius(count) }];
  });
  for (let round = 0; round < ROUNDS; round++) {
    let moved = false;
    for (let i = 0; i < bubbles.length; i++) {
      for (let j = i + 1; j < bubbles.length; j++) {
        const a = bubbles[i];
        const b = bubbles[j];
        if (!a || !b) continue;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const distance = Math.hypot(dx, dy);
        const overlap = a.r + b.r + GAP - distance;
        if (overlap <= 0) continue;
        moved = true;
        // Coincident centres part along a fixed direction.
        const [ux, uy] = distance > 1e-6 ? [dx / distance, dy / distance] : [0.8, 0.6];
        const share = b.r / (a.r + b.r);
        a.x -= ux * overlap * share;
        a.y -= uy * overlap * share;
        b.x += ux * overlap * (1 - share);
        b.y += uy * overlap * (1 - share);
      }
    }
    if (!moved) break;
  }
  return bubbles.map((bubble) => ({
    ...bubble,
    x: bubble.x / scale,
    y: bubble.y / scale,
    r: bubble.r / scale,
  }));
}

/** Whether a bubble lies at least partly inside a view box. */
export const inView = (bubble: { x: number; y: number; r: number }, view: ViewBox): boolean =>
  bubble.x + bubble.r >= view.x &&
  bubble.x - bubble.r <= view.x + view.width &&
  bubble.y + bubble.r >= view.y &&
  bubble.y - bubble.r <= view.y + view.height;
