// The embedded basemap: Natural Earth country shapes drawn as fill and line layers. No tile
// server and no glyph server: labels are drawn locally by MapLibre.
import type { StyleSpecification } from 'maplibre-gl';
import { COUNTRIES_FILE } from './country-shapes';
import { BASEMAP_LAYERS } from './layers';

/** The country shapes' address, for a GeoJSON source (the map's worker loads it). */
export const COUNTRIES_URL = `${import.meta.env.BASE_URL}${COUNTRIES_FILE}`;

export const NATURAL_EARTH_ATTRIBUTION =
  '<a href="https://www.naturalearthdata.com/" rel="noopener noreferrer">Natural Earth</a>';

export function embeddedStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'Ecosystem Atlas basemap',
    sources: {
      countries: {
        type: 'geojson',
        data: COUNTRIES_URL,
        attribution: NATURAL_EARTH_ATTRIBUTION,
      },
    },
    layers: [...BASEMAP_LAYERS],
  };
}

/** The basemap to use: a hosted style when VITE_MAP_STYLE_URL is set, else the embedded one. */
export function basemapStyle(): string | StyleSpecification {
  return import.meta.env.VITE_MAP_STYLE_URL ?? embeddedStyle();
}
