// Countries shaded by how many of the shown ecosystems they hold: a sequential blue scale,
// distinct for common colour-vision deficiencies. Types only: MapLibre loads lazily.
import type * as MapLibre from 'maplibre-gl';
import { COLORS } from './layers';

/** Choropleth classes: [lower bound, colour], from one ecosystem up. */
export const CHOROPLETH_CLASSES: readonly (readonly [number, string])[] = [
  [1, '#c6dbef'],
  [2, '#9ecae1'],
  [3, '#6baed6'],
  [5, '#3182bd'],
];

/** A country's colour by its ecosystem count: the land's own below the first class. */
export function classColor(count: number): string {
  let color: string = COLORS.land;
  for (const [lower, shade] of CHOROPLETH_CLASSES) if (count >= lower) color = shade;
  return color;
}

/** fill-color for the choropleth: each country's class by its ecosystem count. */
export function choroplethColor(
  counts: ReadonlyMap<string, number>,
): MapLibre.ExpressionSpecification | string {
  if (counts.size === 0) return COLORS.land;
  const pairs: string[] = [];
  for (const [iso, count] of counts) pairs.push(iso, classColor(count));
  return [
    'match',
    ['get', 'iso'],
    ...pairs,
    COLORS.land,
  ] as unknown as MapLibre.ExpressionSpecification;
}
