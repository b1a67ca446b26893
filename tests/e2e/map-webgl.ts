// The WebGL map under automation: its instance is reachable as window.__atlasMap, so a test can
// touch the map as a visitor does (a click on open water), wait for MapLibre to settle and find
// where a place is drawn.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

interface Feature {
  id?: number | string;
  properties: Record<string, unknown>;
  state: Record<string, unknown>;
}
interface ClusterSource {
  getClusterLeaves(id: number, limit: number, offset: number): Promise<Feature[]>;
}
interface MapHandle {
  loaded(): boolean;
  isMoving(): boolean;
  getZoom(): number;
  getCenter(): { lng: number; lat: number };
  getBounds(): { getWest(): number; getEast(): number; getSouth(): number; getNorth(): number };
  project(lngLat: [number, number]): { x: number; y: number };
  once(event: string, listener: () => void): void;
  triggerRepaint(): void;
  queryRenderedFeatures(options: { layers: string[] }): (Feature & {
    geometry: { coordinates: [number, number] };
  })[];
  getSource(id: string): ClusterSource | undefined;
}
export type WithMap = Window & { __atlasMap?: MapHandle; __cameraMoved?: boolean };

/** Touches the map as a visitor does, then waits for MapLibre to draw and settle. */
export async function touchMap(page: Page): Promise<void> {
  const map = page.locator('.map-stage, .ecosystem-map').first();
  await expect(map).toBeVisible();
  const box = await map.boundingBox();
  if (!box) throw new Error('no map');
  // The left edge at mid-height is open sea in every view these tests use.
  await page.mouse.click(box.x + 12, box.y + box.height / 2);
  await expect(page.locator('.maplibregl-canvas')).toBeVisible();
  await page.waitForFunction(() => (window as WithMap).__atlasMap?.loaded() === true);
  await settle(page);
}

/** Waits until the map has finished moving and drawing. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as WithMap).__atlasMap?.isMoving() === false);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (window as WithMap).__atlasMap;
        if (!map) throw new Error('no map handle');
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

/** Where a place is drawn, in page pixels. */
export async function onScreen(
  page: Page,
  lngLat: [number, number],
): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    (at) => (window as WithMap).__atlasMap?.project(at) ?? { x: -1, y: -1 },
    lngLat,
  );
  const canvas = await page.locator('.maplibregl-canvas').boundingBox();
  if (!canvas) throw new Error('no canvas');
  return { x: canvas.x + point.x, y: canvas.y + point.y };
}
