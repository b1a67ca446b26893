// The basemap's levels of detail: Natural Earth 1:110m for the world, finer shapes from a
// zoom on. Files relative to the app's base URL (written by scripts/lib/svg-map-detail.ts).

export interface DetailLevel {
  /** Natural Earth's scale, as world-atlas names its files. */
  scale: '50m' | '10m';
  /** The zoom from which the map draws these shapes. */
  minZoom: number;
  file: string;
}

export const DETAIL_LEVELS: readonly DetailLevel[] = [
  { scale: '50m', minZoom: 3, file: 'basemap/detail/countries-50m.geojson' },
  { scale: '10m', minZoom: 5, file: 'basemap/detail/countries-10m.geojson' },
];

/** The finest level a zoom asks for, or undefined for the world's own 1:110m. */
export function detailFor(zoom: number): DetailLevel | undefined {
  let chosen: DetailLevel | undefined;
  for (const level of DETAIL_LEVELS) if (zoom >= level.minZoom) chosen = level;
  return chosen;
}
