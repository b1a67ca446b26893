// Camera moves of the map, each animated unless the user prefers reduced motion.
import type { MapRef } from 'react-map-gl/maplibre';
import type { LngLat } from '../../api/schemas';
import { boundsOf } from '../../domain/geo';
import { SPLIT_ZOOM } from './layers';

const PADDING = 60;

export function fitPoints(
  map: MapRef,
  points: readonly LngLat[],
  { reducedMotion, minZoom = 0 }: { reducedMotion: boolean; minZoom?: number },
): void {
  const bounds = boundsOf(points);
  if (!bounds) return;
  const camera = map.cameraForBounds(bounds, { padding: PADDING, maxZoom: 7 });
  if (!camera) return;
  const zoom = Math.max(camera.zoom ?? 0, minZoom);
  map.easeTo({ center: camera.center, zoom, duration: reducedMotion ? 0 : 900 });
}

export function flyToPoint(
  map: MapRef,
  point: LngLat,
  { reducedMotion, zoom }: { reducedMotion: boolean; zoom?: number },
): void {
  const target = Math.max(map.getZoom(), zoom ?? SPLIT_ZOOM + 1.5);
  map.easeTo({ center: point, zoom: target, duration: reducedMotion ? 0 : 700 });
}
