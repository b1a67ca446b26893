// jsdom has no WebGL: tests replace react-map-gl at its module boundary with components
// that record the sources and layers the app passes in, so tests can assert them.
import type { ReactNode } from 'react';
import { vi } from 'vitest';

export interface Recorded {
  sources: Map<string, Record<string, unknown>>;
  layers: Map<string, Record<string, unknown>>;
  mapProps: Record<string, unknown>;
}

export const recorded: Recorded = { sources: new Map(), layers: new Map(), mapProps: {} };

export function resetRecorded(): void {
  recorded.sources.clear();
  recorded.layers.clear();
  recorded.mapProps = {};
}

function MockMap(props: { children?: ReactNode; locale?: Record<string, string> }) {
  recorded.mapProps = props;
  return (
    <div role="region" aria-label={props.locale?.['Map.Title'] ?? 'Map'}>
      {props.children}
    </div>
  );
}

function MockSource(props: { id: string; children?: ReactNode }) {
  recorded.sources.set(props.id, props);
  return <>{props.children}</>;
}

function MockLayer(props: { id: string }) {
  recorded.layers.set(props.id, props);
  return null;
}

export const mapModule = {
  default: MockMap,
  Map: MockMap,
  Source: MockSource,
  Layer: MockLayer,
  NavigationControl: () => null,
  useMap: () => ({ current: undefined }),
};

/** Makes jsdom report WebGL 2 so the app renders its (mocked) map; undone by restoreMocks. */
export function pretendWebGl(): void {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(((kind: string) =>
    kind === 'webgl2' ? {} : null) as HTMLCanvasElement['getContext']);
}
