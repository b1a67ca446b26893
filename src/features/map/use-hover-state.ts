// Hover and list-focus highlighting through feature-state, so no layer is rebuilt.
import { useCallback, useRef } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';

export interface FeatureKey {
  source: string;
  id: number;
}

export function useHoverState(mapRef: React.RefObject<MapRef | null>) {
  const current = useRef<FeatureKey | undefined>(undefined);
  return useCallback(
    (next: FeatureKey | undefined) => {
      const map = mapRef.current;
      const previous = current.current;
      if (!map) return;
      if (previous && (previous.source !== next?.source || previous.id !== next.id)) {
        if (map.getSource(previous.source)) map.setFeatureState(previous, { hover: false });
      }
      if (next && map.getSource(next.source)) map.setFeatureState(next, { hover: true });
      current.current = next;
    },
    [mapRef],
  );
}
