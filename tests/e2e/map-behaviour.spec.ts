// The WebGL map itself, in a real browser: clusters split when zooming in, countries are shaded
// by the filtered set, the region filter works through the UI, and reduced motion means no
// camera animation. Each test first reaches for the map (it starts as SVG). The map instance is
// reachable as window.__atlasMap under automation only.
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { expect, test } from './fixtures';
import { reachForMap } from './map-start';

const mapReady = '[data-map-ready="true"]';
const webGlReady = '[data-webgl-ready="true"]';

interface MapHandle {
  getCenter(): { lng: number; lat: number };
  getZoom(): number;
  jumpTo(options: { center: [number, number]; zoom: number }): void;
  once(event: string, listener: () => void): void;
  on(event: string, listener: () => void): void;
  project(lngLat: [number, number]): { x: number; y: number };
  queryRenderedFeatures(options: { layers: string[] }): { properties: Record<string, unknown> }[];
  isMoving(): boolean;
  triggerRepaint(): void;
  getBounds(): { contains(point: [number, number]): boolean; getEast(): number; getWest(): number };
}
type WithMap = Window & { __atlasMap?: MapHandle; __moves?: string[] };

/** The coordinates of the ecosystems in a location, from the API the page reads. */
async function pointsIn(page: Page, locationId: string): Promise<[number, number][]> {
  const response = await page.request.get('/api/v1/ecosystems.json');
  const { ecosystems } = (await response.json()) as {
    ecosystems: { locationId: string; coordinates: [number, number] }[];
  };
  const points = ecosystems.filter((e) => e.locationId === locationId).map((e) => e.coordinates);
  if (points.length === 0) throw new Error(`no ecosystem in ${locationId}`);
  return points;
}

/** Moves the camera at once and waits for the map to settle. */
async function jump(page: Page, center: [number, number], zoom: number): Promise<void> {
  await page.evaluate(
    ([lng, lat, z]) =>
      new Promise<void>((resolve) => {
        const map = (window as WithMap).__atlasMap;
        if (!map) throw new Error('no map handle');
        map.once('idle', () => resolve());
        map.jumpTo({ center: [lng, lat], zoom: z });
        map.triggerRepaint();
      }),
    [center[0], center[1], zoom] as const,
  );
}

/** The properties of the features drawn in each layer. */
async function rendered(page: Page, layer: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (id) =>
      ((window as WithMap).__atlasMap?.queryRenderedFeatures({ layers: [id] }) ?? []).map(
        (feature) => feature.properties,
      ),
    layer,
  );
}

/** The colour of the map's pixel at a place, as #rrggbb. */
async function colourAt(page: Page, lngLat: [number, number]): Promise<string> {
  const point = await page.evaluate(
    (at) =>
      new Promise<{ x: number; y: number }>((resolve) => {
        const map = (window as WithMap).__atlasMap;
        if (!map) throw new Error('no map handle');
        map.once('idle', () => resolve(map.project(at)));
        map.triggerRepaint();
      }),
    lngLat,
  );
  const canvas = await page.locator('.maplibregl-canvas').boundingBox();
  if (!canvas) throw new Error('no canvas');
  const shot = await page.screenshot({
    clip: { x: canvas.x + point.x, y: canvas.y + point.y, width: 1, height: 1 },
  });
  const png = PNG.sync.read(shot);
  const [r = 0, g = 0, b = 0] = png.data;
  return `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

test.describe('the map in a browser', () => {
  test('location bubbles split into ecosystems when zooming in', async ({ page, request }) => {
    const { ecosystems } = (await (await request.get('/api/v1/ecosystems.json')).json()) as {
      ecosystems: { locationId: string }[];
    };
    const spanish = ecosystems.filter((ecosystem) => ecosystem.locationId === 'spain').length;
    await page.goto('/?country=spain');
    await reachForMap(page);
    await jump(page, [-3.7, 40.4], 2);
    const bubbles = await rendered(page, 'location-bubbles');
    expect(bubbles).toHaveLength(1);
    expect(bubbles[0]).toMatchObject({ count: spanish });
    expect(await rendered(page, 'ecosystem-points')).toHaveLength(0);
    await jump(page, [-3.7, 41.5], 6);
    expect(await rendered(page, 'location-bubbles')).toHaveLength(0);
    const points = await rendered(page, 'ecosystem-points');
    const clusters = await rendered(page, 'ecosystem-clusters');
    expect(points.length + clusters.length).toBeGreaterThan(1);
  });

  test('a country is shaded by how many filtered ecosystems it holds', async ({ page }) => {
    // Andalusia holds no ecosystem point of its own, so the pixel shows Spain's shade.
    await page.goto('/?country=spain');
    await reachForMap(page);
    await jump(page, [-4, 40], 4.5);
    expect(await colourAt(page, [-5.5, 38.0])).toBe('#3182bd'); // 5 or more: Spain holds more
    await page.getByRole('checkbox', { name: /^Spain/ }).click();
    await page.getByRole('checkbox', { name: /^Denmark/ }).click();
    await expect(page).toHaveURL(/country=denmark$/);
    await page.locator(webGlReady).waitFor();
    // The shading follows the filter once the map has drawn the new set.
    await expect
      .poll(async () => {
        // The camera's own flight to the filtered set may still move the view: then look again.
        await jump(page, [-4, 40], 4.5);
        return colourAt(page, [-5.5, 38.0]).catch(() => 'the view moved');
      })
      .toBe('#f4f2ee'); // no ecosystem in the view
  });

  test('the region filter works through the interface', async ({ page }) => {
    await page.goto('/');
    await page.locator(mapReady).waitFor();
    await page
      .getByRole('checkbox', { name: /^Latin America/ })
      .first()
      .click();
    await expect(page).toHaveURL(/region=latin-america/);
    const items = page.getByRole('list', { name: 'Ecosystems' }).getByRole('listitem');
    await expect(items).toHaveCount(3);
    await expect(page.getByRole('status').filter({ hasText: 'ecosystems' })).toHaveText(
      '3 ecosystems in 3 countries',
    );
  });

  for (const reduced of [true, false]) {
    test(`${reduced ? 'no camera animation' : 'an animated flight'} when filtering${reduced ? ' with prefers-reduced-motion' : ''}`, async ({
      page,
    }) => {
      if (reduced) await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto('/');
      await reachForMap(page);
      await page.evaluate(() => {
        const target = window as WithMap;
        target.__moves = [];
        // The camera at each move event, to the metre and a hundredth of a zoom step.
        target.__atlasMap?.on('move', () => {
          const map = target.__atlasMap;
          if (!map) return;
          const { lng, lat } = map.getCenter();
          target.__moves?.push(`${lng.toFixed(5)} ${lat.toFixed(5)} ${map.getZoom().toFixed(2)}`);
        });
      });
      const australia = await pointsIn(page, 'australia');
      await page.getByRole('checkbox', { name: /^Australia/ }).click();
      // The camera has arrived when it has moved and rests with Australia's ecosystems in view
      // (the world view it starts from holds them too).
      await page.waitForFunction((points) => {
        const target = window as WithMap;
        const map = target.__atlasMap;
        if (!map || map.isMoving() || !target.__moves?.length) return false;
        const bounds = map.getBounds();
        return points.every((point) => bounds.contains(point));
      }, australia);
      const moves = await page.evaluate(() => (window as WithMap).__moves ?? []);
      // A jump puts the camera where it ends at once; a flight passes through cameras on the
      // way, one per frame it draws (few on a busy machine, but at least one before the last).
      const cameras = new Set(moves).size;
      if (reduced) expect(cameras).toBe(1);
      else expect(cameras).toBeGreaterThan(1);
      // Framed on the filtered set, not left at the world: the view is narrower than 90°.
      const width = await page.evaluate(() => {
        const bounds = (window as WithMap).__atlasMap?.getBounds();
        return bounds ? bounds.getEast() - bounds.getWest() : 360;
      });
      expect(width).toBeLessThan(90);
    });
  }
});
