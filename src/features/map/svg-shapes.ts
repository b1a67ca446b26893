// Where the SVG map's country shapes live (written by scripts/lib/svg-map.ts in
// `npm run build:api`), and how the page refers to one of them.

/** Relative to the app's base URL. */
export const SVG_SHAPES_FILE = 'basemap/countries-110m.svg';

/** The shapes file's address, or one country's shape in it (`#c208` is Denmark). */
export function shapesHref(base: string, iso?: string): string {
  return `${base}${SVG_SHAPES_FILE}#${iso === undefined ? 'land' : `c${iso}`}`;
}
