// When the WebGL map starts: when the visitor reaches for the map (a pointer, wheel or touch
// on it, keyboard focus entering it, a zoom button), when the address asks for a selected
// ecosystem, and never where WebGL 2 is missing. Until then, and where it cannot start, the
// SVG map is the map.
import { useCallback, useEffect, useState } from 'react';
import { hasWebGl2, whenIdle } from './webgl-support';

export type MapEngine =
  /** The SVG map, WebGL not asked for. */
  | 'svg'
  /** WebGL asked for: MapLibre loads and draws beneath the SVG. */
  | 'starting'
  /** MapLibre has drawn the view: the SVG is hidden. */
  | 'webgl'
  /** No WebGL 2 here, or MapLibre failed: the SVG stays, with a notice. */
  | 'unavailable';

export interface MapStart {
  engine: MapEngine;
  /** Why the WebGL map is unavailable, in words (undefined: no WebGL 2). */
  failure: string | undefined;
  reach: () => void;
  ready: () => void;
  fail: (reason: string) => void;
}

export function useMapStart({ client, asked }: { client: boolean; asked: boolean }): MapStart {
  const [engine, setEngine] = useState<MapEngine>('svg');
  const [failure, setFailure] = useState<string | undefined>();
  const reach = useCallback(() => {
    setEngine((current) => {
      if (current !== 'svg') return current;
      return hasWebGl2() ? 'starting' : 'unavailable';
    });
  }, []);
  const ready = useCallback(
    () => setEngine((current) => (current === 'starting' ? 'webgl' : current)),
    [],
  );
  const fail = useCallback((reason: string) => {
    setFailure(reason);
    setEngine('unavailable');
  }, []);

  // A browser without WebGL 2 says so before anyone reaches for the map.
  useEffect(() => {
    if (!client) return;
    return whenIdle(() => {
      if (!hasWebGl2()) setEngine((current) => (current === 'svg' ? 'unavailable' : current));
    });
  }, [client]);

  // The address asks for an ecosystem on the map ("Show on map" writes it too): adjusted
  // while rendering, in the browser only.
  if (client && asked && engine === 'svg') setEngine(hasWebGl2() ? 'starting' : 'unavailable');

  return { engine, failure, reach, ready, fail };
}

/** Reaching for the map: a pointer, wheel or touch on it, or keyboard focus entering it. */
export function useReach(element: HTMLElement | null, reach: () => void): void {
  useEffect(() => {
    if (!element) return;
    const events = ['pointerdown', 'wheel', 'touchstart', 'focusin'] as const;
    for (const type of events) element.addEventListener(type, reach, { passive: true });
    return () => {
      for (const type of events) element.removeEventListener(type, reach);
    };
  }, [element, reach]);
}
