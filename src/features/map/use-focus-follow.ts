// The camera follows the list: it lights up the ecosystem focused in the list or selected and
// flies to it; with reduced motion it jumps.
import { useEffect, type RefObject } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import type { EcosystemSummary } from '../../api/documents';
import { flyToPoint } from './camera';
import { ecosystemFeature } from './to-geojson';
import type { useHoverState } from './use-hover-state';

export function useFocusFollow({
  mapRef,
  ecosystems,
  ready,
  reducedMotion,
  highlightedId,
  selectedId,
  setHover,
}: {
  mapRef: RefObject<MapRef | null>;
  ecosystems: readonly EcosystemSummary[];
  ready: boolean;
  reducedMotion: boolean;
  highlightedId: string | undefined;
  selectedId: string | undefined;
  setHover: ReturnType<typeof useHoverState>;
}): void {
  useEffect(() => {
    const target = highlightedId ?? selectedId;
    const ecosystem = target === undefined ? undefined : ecosystems.find((e) => e.id === target);
    setHover(ecosystem && { source: 'ecosystems', id: ecosystemFeature(ecosystem).id });
    const map = mapRef.current;
    if (!map || !ecosystem || !ready) return;
    const timer = setTimeout(() => flyToPoint(map, ecosystem.coordinates, { reducedMotion }), 150);
    return () => clearTimeout(timer);
  }, [mapRef, highlightedId, selectedId, ecosystems, ready, reducedMotion, setHover]);
}
