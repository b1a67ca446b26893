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

/** fill-color for the choropleth: each country's class by its ecosystem count. */
export function choroplethColor(
  counts: ReadonlyMap<string, number>,
): MapLibre.ExpressionSpecification | string {
  if (counts.size === 0) return COLORS.land;
  const pairs: string[] = [];
  for (const [iso, count] of counts) {
    let color = COLORS.land as string;
    for (const [lower, classColor] of CHOROPLETH_CLASSES) if (count >= lower) color = classColor;
    pairs.push(iso, color);
  }
  return [
    'match',
    ['get', 'iso'],
    ...pairs,
    COLORS.land,
  ] as unknown as MapLibre.ExpressionSpecification;
}
