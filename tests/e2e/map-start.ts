// The explorer's map starts as SVG; a test that needs the WebGL map reaches for it as a
// visitor does (a press on the map, away from any bubble) and waits until MapLibre has drawn.
import type { Page } from '@playwright/test';

/** A point of the SVG map, in page pixels, that is water or land but no bubble or control. */
export async function emptyMapPoint(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const map = document.querySelector('.svg-map');
    if (!map) throw new Error('no SVG map');
    const box = map.getBoundingClientRect();
    for (let fy = 0.3; fy < 0.9; fy += 0.05) {
      for (let fx = 0.2; fx < 0.9; fx += 0.05) {
        const x = box.left + box.width * fx;
        const y = box.top + box.height * fy;
        const hit = document.elementFromPoint(x, y);
        if (hit && map.contains(hit) && !hit.closest('a, button, [role="status"]')) return { x, y };
      }
    }
    throw new Error('no empty point on the map');
  });
}

/** Waits until the WebGL map has loaded its style and data and its camera is still. */
export async function mapAtRest(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const map = (window as { __atlasMap?: { loaded(): boolean; isMoving(): boolean } }).__atlasMap;
    return map !== undefined && map.loaded() && !map.isMoving();
  });
}

/** Presses the map and waits for the WebGL map to have drawn (the SVG then hides). */
export async function reachForMap(page: Page): Promise<void> {
  await page.locator('[data-map-ready="true"]').waitFor();
  const { x, y } = await emptyMapPoint(page);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.up();
  await page.locator('[data-map-engine="webgl"] [data-webgl-ready="true"]').waitFor({
    timeout: 60_000,
  });
}

/** Script requests that belong to the WebGL map: MapLibre, its worker, react-map-gl's map. */
export const isWebGlChunk = (url: string): boolean =>
  /\/assets\/(maplibre-gl|maplibre-gl-worker|ecosystem-map)-[\w-]+\.js$/.test(url);
