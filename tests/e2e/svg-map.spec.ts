// The map in the first paint: an SVG map in the HTML (a link per location), the map where
// WebGL is missing, and the WebGL map only once the visitor reaches for it, at the same view.
import type { Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
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

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/ shows the SVG map with a link per location, named by place and count', async ({
    page,
    request,
  }) => {
    const { locations } = (await (await request.get('/api/v1/locations.json')).json()) as {
      locations: { id: string; ecosystemCount: number }[];
    };
    const placed = locations.filter((location) => location.ecosystemCount > 0);
    await page.goto('/');
    const map = page.getByRole('region', { name: /^Map of \d+ ecosystems$/ });
    await expect(map).toBeVisible();
    await expect(map.getByRole('link', { name: /: \d+ ecosystems?$/ })).toHaveCount(placed.length);
    await expect(map.getByRole('link', { name: 'Natural Earth' })).toBeVisible();
    const denmark = map.getByRole('link', { name: 'Denmark: 1 ecosystem' });
    await expect(denmark).toHaveAttribute('href', '/?country=denmark');
    await expect(map.getByRole('link', { name: /^Spain: \d+ ecosystems$/ })).toBeVisible();
    // The countries are drawn: the shapes file is there and holds Denmark.
    const shapes = await request.get('/basemap/countries-110m.svg');
    expect(shapes.ok()).toBe(true);
    expect(await shapes.text()).toContain('id="c208"');
  });
});

test.describe('in a browser without WebGL', () => {
  test('/?country=spain shows the SVG map, the list and a notice, with no page error', async ({
    playwright,
    baseURL,
  }) => {
    // A browser of its own: WebGL off is a launch flag.
    const browser = await playwright.chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, '--disable-webgl'],
    });
    const page = await browser.newPage({ baseURL });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto('/?country=spain');
    const map = page.getByRole('region', { name: /^Map of \d+ ecosystems$/ });
    await expect(map).toBeVisible();
    await expect(map.getByRole('link', { name: /^Spain: \d+ ecosystems$/ })).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: 'The zoomable map is not available' }),
    ).toBeVisible();
    await expect(
      page.getByRole('list', { name: 'Ecosystems' }).getByRole('listitem').first(),
    ).toBeVisible();
    // Reaching for the map changes nothing, and starts no WebGL engine.
    await map.hover({ position: { x: 30, y: 300 } });
    await page.mouse.down();
    await page.mouse.up();
    await expect(page.locator('canvas')).toHaveCount(0);
    expect(errors).toEqual([]);
    await browser.close();
  });
});

test.describe('the switch to WebGL', () => {
  test('no MapLibre until the map is touched; then the canvas draws the same view', async ({
    page,
    problems,
  }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto('/');
    await page.locator('[data-map-ready="true"]').waitFor();
    await page.waitForLoadState('networkidle');
    expect(scripts.filter(isWebGlChunk)).toEqual([]);
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
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto('/');
    await page.locator('[data-map-ready="true"]').waitFor();
    await page.waitForLoadState('networkidle');
    expect(scripts.filter(isWebGlChunk)).toEqual([]);
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
