// Map layers as typed constants. Colours: a sequential blue scale for the choropleth and a
// deep orange for ecosystems, distinct for common colour-vision deficiencies.
// Types only: MapLibre itself is loaded lazily by react-map-gl.
import type * as MapLibre from 'maplibre-gl';

export const COLORS = {
  water: '#d4e6f1',
  land: '#f4f2ee',
  border: '#a9a39a',
  ecosystem: '#c2410c',
  ecosystemHover: '#7c2d12',
  selected: '#0b2545',
  halo: '#ffffff',
} as const;

/** Below this zoom ecosystems show as one bubble per location; from it on, one by one. */
export const SPLIT_ZOOM = 4;

export const FONT = ['sans-serif'];

export const BASEMAP_LAYERS = [
  { id: 'water', type: 'background', paint: { 'background-color': COLORS.water } },
  {
    id: 'countries-fill',
    type: 'fill',
    source: 'countries',
    paint: { 'fill-color': COLORS.land, 'fill-antialias': true },
  },
  {
    id: 'countries-border',
    type: 'line',
    source: 'countries',
    paint: {
      'line-color': COLORS.border,
      'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.4, 6, 1.2],
    },
  },
] as const satisfies readonly (
  | MapLibre.BackgroundLayerSpecification
  | MapLibre.FillLayerSpecification
  | MapLibre.LineLayerSpecification
)[];

/** Darker while hovered or focused in the list (feature-state). */
const hoverColor: MapLibre.ExpressionSpecification = [
  'case',
  ['boolean', ['feature-state', 'hover'], false],
  COLORS.ecosystemHover,
  COLORS.ecosystem,
];

const bubbleCount: MapLibre.ExpressionSpecification = [
  'coalesce',
  ['get', 'total'],
  ['get', 'count'],
];

export const locationBubbleLayer = {
  id: 'location-bubbles',
  type: 'circle',
  source: 'locations',
  maxzoom: SPLIT_ZOOM,
  paint: {
    'circle-color': hoverColor,
    // Logarithmic and capped, so a location with thousands stays a bubble, not a continent.
    'circle-radius': ['min', 40, ['+', 11, ['*', 5, ['ln', bubbleCount]]]],
    'circle-stroke-color': COLORS.halo,
    'circle-stroke-width': 2,
    'circle-opacity': 0.95,
  },
} as const satisfies MapLibre.CircleLayerSpecification;

export const locationCountLayer = {
  id: 'location-counts',
  type: 'symbol',
  source: 'locations',
  maxzoom: SPLIT_ZOOM,
  layout: {
    'text-field': ['to-string', bubbleCount],
    'text-font': FONT,
    'text-size': 13,
    'text-allow-overlap': true,
    'text-ignore-placement': true,
  },
  paint: { 'text-color': '#ffffff' },
} as const satisfies MapLibre.SymbolLayerSpecification;

export const clusterLayer = {
  id: 'ecosystem-clusters',
  type: 'circle',
  source: 'ecosystems',
  minzoom: SPLIT_ZOOM,
  filter: ['has', 'point_count'],
  paint: {
    'circle-color': COLORS.ecosystem,
    'circle-radius': ['min', 36, ['+', 11, ['*', 4.5, ['ln', ['get', 'point_count']]]]],
    'circle-stroke-color': COLORS.halo,
    'circle-stroke-width': 2,
  },
} as const satisfies MapLibre.CircleLayerSpecification;

export const clusterCountLayer = {
  id: 'ecosystem-cluster-counts',
  type: 'symbol',
  source: 'ecosystems',
  minzoom: SPLIT_ZOOM,
  filter: ['has', 'point_count'],
  layout: {
    'text-field': ['get', 'point_count_abbreviated'],
    'text-font': FONT,
    'text-size': 13,
    'text-allow-overlap': true,
    // The count's collision box grows to about its circle, so names keep off clusters.
    'text-padding': 16,
  },
  paint: { 'text-color': '#ffffff' },
} as const satisfies MapLibre.SymbolLayerSpecification;

export const pointLayer = {
  id: 'ecosystem-points',
  type: 'circle',
  source: 'ecosystems',
  minzoom: SPLIT_ZOOM,
  filter: ['!', ['has', 'point_count']],
  paint: {
    'circle-color': hoverColor,
    'circle-radius': ['case', ['boolean', ['feature-state', 'hover'], false], 10, 7],
    'circle-stroke-color': COLORS.halo,
    'circle-stroke-width': 2,
  },
} as const satisfies MapLibre.CircleLayerSpecification;

export const pointLabelLayer = {
  id: 'ecosystem-labels',
  type: 'symbol',
  source: 'ecosystems',
  minzoom: 5,
  filter: ['!', ['has', 'point_count']],
  layout: {
    'text-field': ['get', 'name'],
    'text-font': FONT,
    'text-size': 12,
    'text-offset': [0, 1.1],
    'text-anchor': 'top',
    'text-max-width': 10,
    'text-optional': true,
  },
  paint: { 'text-color': '#1f2933', 'text-halo-color': COLORS.halo, 'text-halo-width': 1.5 },
} as const satisfies MapLibre.SymbolLayerSpecification;

export function selectedLayer(slug: string | undefined): MapLibre.CircleLayerSpecification {
  return {
    id: 'ecosystem-selected',
    type: 'circle',
    source: 'ecosystems',
    minzoom: SPLIT_ZOOM,
    filter: ['all', ['!', ['has', 'point_count']], ['==', ['get', 'slug'], slug ?? '']],
    paint: {
      'circle-color': 'rgba(0,0,0,0)',
      'circle-radius': 13,
      'circle-stroke-color': COLORS.selected,
      'circle-stroke-width': 3,
    },
  };
}

export const INTERACTIVE_LAYERS = [locationBubbleLayer.id, clusterLayer.id, pointLayer.id];
