// Finer coasts as the visitor zooms in: the basemap's source swaps its 1:110m shapes for
// 1:50m from zoom 3 and 1:10m from zoom 5, each file fetched (by MapLibre's worker) the first
// time a zoom asks for it, never on the world view. The map never goes back to coarser ones.
import { useEffect, type RefObject } from 'react';
import type { GeoJSONSource } from 'maplibre-gl';
import type { MapRef } from 'react-map-gl/maplibre';
import { detailFor, type DetailLevel } from './detail-levels';

const BASE = import.meta.env.BASE_URL;

export function useDetailShapes(
  mapRef: RefObject<MapRef | null>,
  { loaded, enabled }: { loaded: boolean; enabled: boolean },
): void {
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded || !enabled) return;
    let shown: DetailLevel | undefined;
    const update = () => {
      const level = detailFor(map.getZoom());
      if (!level || (shown && level.minZoom <= shown.minZoom)) return;
      shown = level;
      void map.getSource<GeoJSONSource>('countries')?.setData(`${BASE}${level.file}`);
    };
    update();
    map.on('zoomend', update);
    return () => {
      map.off('zoomend', update);
    };
  }, [mapRef, loaded, enabled]);
}
