// The switch from the SVG map of the first paint to the WebGL map: no MapLibre until the
// visitor reaches for the map (a press, a zoom button, keyboard focus, a tap on a phone), then
// the canvas draws the same view and loads finer shapes as it zooms. The SVG map itself is in
// svg-map.spec.ts.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { isWebGlChunk, reachForMap } from './map-start';

interface MapHandle {
  getZoom(): number;
  project(lngLat: [number, number]): { x: number; y: number };
  jumpTo(options: { zoom: number; center?: [number, number] }): void;
  once(event: string, listener: () => void): void;
  triggerRepaint(): void;
}
type WithMap = Window & { __atlasMap?: MapHandle };

/** The centre of a bubble of the SVG map, in page pixels. */
async function bubbleCentre(page: Page, name: RegExp) {
  const box = await page.getByRole('link', { name }).locator('circle').boundingBox();
  if (!box) throw new Error('no bubble');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Opens `/` and waits until the SVG map is ready and the network is quiet, having asked for no
 * MapLibre; the scripts the page asks for, then and later, are collected.
 */
async function openUntouched(page: Page): Promise<string[]> {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/');
  await page.locator('[data-map-ready="true"]').waitFor();
  await page.waitForLoadState('networkidle');
  expect(scripts.filter(isWebGlChunk)).toEqual([]);
  return scripts;
}

async function jump(page: Page, zoom: number, center: [number, number]) {
  await page.evaluate(
    ([z, lng, lat]) =>
      new Promise<void>((resolve) => {
        const map = (window as WithMap).__atlasMap;
        if (!map) throw new Error('no map handle');
        map.once('idle', () => resolve());
        map.jumpTo({ zoom: z, center: [lng, lat] });
        map.triggerRepaint();
      }),
    [zoom, center[0], center[1]] as const,
  );
}

test.describe('the switch to WebGL', () => {
  test('no MapLibre until the map is touched; then the canvas draws the same view', async ({
    page,
    problems,
  }) => {
    const scripts = await openUntouched(page);
    await expect(page.locator('canvas')).toHaveCount(0);

    const before = await bubbleCentre(page, /^Australia: /);
    await reachForMap(page);
    expect(scripts.some(isWebGlChunk)).toBe(true);
    await expect(page.locator('.svg-map')).toBeHidden();
    const canvas = await page.locator('.maplibregl-canvas').boundingBox();
    const after = await page.evaluate(
      () => (window as WithMap).__atlasMap?.project([134, -25.5]) ?? { x: NaN, y: NaN },
    );
    expect(Math.abs((canvas?.x ?? 0) + after.x - before.x)).toBeLessThan(3);
    expect(Math.abs((canvas?.y ?? 0) + after.y - before.y)).toBeLessThan(3);
    expect(problems.consoleErrors).toEqual([]);
  });

  test('the zoom buttons start the WebGL map and take their step', async ({ page }) => {
    await page.goto('/');
    await page.locator('[data-map-ready="true"]').waitFor();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.locator('[data-webgl-ready="true"]').waitFor({ timeout: 60_000 });
    await expect(page.locator('.svg-map')).toBeHidden();
    await expect
      .poll(() => page.evaluate(() => (window as WithMap).__atlasMap?.getZoom() ?? 0))
      .toBeGreaterThan(1.5);
  });

  test('finer shapes load only once the map is zoomed past 3, then past 5', async ({ page }) => {
    const detail: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/basemap/detail/')) detail.push(request.url());
    });
    await page.goto('/');
    await reachForMap(page);
    await page.waitForLoadState('networkidle');
    expect(detail).toEqual([]);
    await jump(page, 3.5, [10, 52]);
    await expect.poll(() => detail.length).toBe(1);
    expect(detail[0]).toMatch(/countries-50m\.geojson$/);
    await jump(page, 5.5, [10, 52]);
    await expect.poll(() => detail.length).toBe(2);
    expect(detail[1]).toMatch(/countries-10m\.geojson$/);
  });
});

test.describe('keyboard and offline', () => {
  test('keyboard focus entering the map starts WebGL, and focus moves to its canvas', async ({
    page,
  }) => {
    await page.goto('/');
    await page.locator('[data-map-ready="true"]').waitFor();
    await page.getByRole('link', { name: 'Denmark: 1 ecosystem' }).focus();
    await page.locator('[data-webgl-ready="true"]').waitFor({ timeout: 60_000 });
    await expect(page.locator('.maplibregl-canvas')).toBeFocused();
  });

  test.describe('with the service worker', () => {
    test.use({ serviceWorkers: 'allow' });

    test('finer shapes zoomed to once are kept for offline use, never precached', async ({
      page,
    }) => {
      const inCache = () =>
        page.evaluate(async () => {
          const found: string[] = [];
          for (const name of await caches.keys())
            for (const request of await (await caches.open(name)).keys())
              if (request.url.includes('/basemap/detail/'))
                found.push(`${name} ${new URL(request.url).pathname}`);
          return found;
        });
      await page.goto('/');
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await page.reload();
      await expect
        .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)))
        .toBe(true);
      expect(await inCache()).toEqual([]);
      await reachForMap(page);
      await jump(page, 3.5, [10, 52]);
      await expect
        .poll(inCache)
        .toEqual(['atlas-basemap-detail /basemap/detail/countries-50m.geojson']);
    });
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the SVG map is the map until a tap, and the tap keeps the view', async ({ page }) => {
    await openUntouched(page);
    const before = await bubbleCentre(page, /^India: /);
    const box = await page.locator('.svg-map').boundingBox();
    await page.touchscreen.tap((box?.x ?? 0) + 30, (box?.y ?? 0) + (box?.height ?? 0) * 0.6);
    await page.locator('[data-webgl-ready="true"]').waitFor({ timeout: 60_000 });
    const canvas = await page.locator('.maplibregl-canvas').boundingBox();
    const after = await page.evaluate(
      () => (window as WithMap).__atlasMap?.project([78.9, 22.6]) ?? { x: NaN, y: NaN },
    );
    expect(Math.abs((canvas?.x ?? 0) + after.x - before.x)).toBeLessThan(3);
    expect(Math.abs((canvas?.y ?? 0) + after.y - before.y)).toBeLessThan(3);
  });
});
