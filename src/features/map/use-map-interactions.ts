// What a click or hover on the map does: bubbles and clusters zoom in, points select.
import { useCallback } from 'react';
import type { GeoJSONSource } from 'maplibre-gl';
import type { MapLayerMouseEvent, MapRef } from 'react-map-gl/maplibre';
import type { EcosystemSummary } from '../../api/documents';
import { fitPoints } from './camera';
import { SPLIT_ZOOM, clusterLayer, locationBubbleLayer, pointLayer } from './layers';
import type { useHoverState } from './use-hover-state';

interface Options {
  mapRef: React.RefObject<MapRef | null>;
  ecosystems: readonly EcosystemSummary[];
  reducedMotion: boolean;
  setHover: ReturnType<typeof useHoverState>;
  onSelect: (id: string) => void;
}

async function zoomIntoCluster(
  map: MapRef,
  source: string,
  clusterId: number,
  center: [number, number],
  reducedMotion: boolean,
) {
  const geojson = map.getSource<GeoJSONSource>(source);
  if (!geojson) return;
  const zoom = await geojson.getClusterExpansionZoom(clusterId);
  map.easeTo({ center, zoom: zoom + 0.1, duration: reducedMotion ? 0 : 600 });
}

export function useMapInteractions({
  mapRef,
  ecosystems,
  reducedMotion,
  setHover,
  onSelect,
}: Options) {
  const onClick = useCallback(
    (event: MapLayerMouseEvent) => {
      const map = mapRef.current;
      const feature = event.features?.[0];
      if (!map || !feature || feature.geometry.type !== 'Point') return;
      const center = feature.geometry.coordinates as [number, number];
      const properties = feature.properties as Record<string, unknown>;
      const layer = feature.layer.id;
      if (typeof properties.cluster_id === 'number') {
        const source = layer === clusterLayer.id ? 'ecosystems' : 'locations';
        void zoomIntoCluster(map, source, properties.cluster_id, center, reducedMotion);
      } else if (layer === locationBubbleLayer.id) {
        const points = ecosystems
          .filter((ecosystem) => ecosystem.locationId === properties.locationId)
          .map((ecosystem) => ecosystem.coordinates);
        fitPoints(map, points, { reducedMotion, minZoom: SPLIT_ZOOM + 0.5 });
      } else if (layer === pointLayer.id && typeof properties.slug === 'string') {
        onSelect(properties.slug);
      }
    },
    [mapRef, ecosystems, reducedMotion, onSelect],
  );

  const onMouseMove = useCallback(
    (event: MapLayerMouseEvent) => {
      const feature = event.features?.[0];
      setHover(
        feature && typeof feature.id === 'number'
          ? { source: feature.layer.source, id: feature.id }
          : undefined,
      );
    },
    [setHover],
  );

  const onMouseLeave = useCallback(() => setHover(undefined), [setHover]);
  return { onClick, onMouseMove, onMouseLeave };
}
