// The WebGL map once the visitor reaches for it: each test first touches the map (a click on
// open water), waits for MapLibre's canvas, then checks what the map draws. The map instance
// is reachable as window.__atlasMap under automation only.
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { EcosystemsDocument } from '../../src/api/documents';
import { expect, test } from './fixtures';

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
type WithMap = Window & { __atlasMap?: MapHandle; __cameraMoved?: boolean };

/** Touches the map as a visitor does, then waits for MapLibre to draw and settle. */
async function touchMap(page: Page): Promise<void> {
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
async function settle(page: Page): Promise<void> {
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

interface Bubble {
  clusterId?: number;
  total: number;
  locationIds: string[];
  at: [number, number];
}

/** The location bubbles drawn, each with the locations it holds (a merged bubble: several). */
async function bubbles(page: Page): Promise<Bubble[]> {
  return page.evaluate(async () => {
    const map = (window as WithMap).__atlasMap;
    const source = map?.getSource('locations');
    if (!map || !source) throw new Error('no map handle');
    const seen = new Map<string, Bubble>();
    for (const feature of map.queryRenderedFeatures({ layers: ['location-bubbles'] })) {
      const { properties } = feature;
      const clusterId =
        typeof properties.cluster_id === 'number' ? properties.cluster_id : undefined;
      const key = clusterId === undefined ? String(properties.locationId) : `c${clusterId}`;
      if (seen.has(key)) continue;
      const leaves =
        clusterId === undefined ? [feature] : await source.getClusterLeaves(clusterId, 1000, 0);
      seen.set(key, {
        clusterId,
        total: Number(properties.total ?? properties.count),
        locationIds: leaves.map((leaf) => String(leaf.properties.locationId)),
        at: feature.geometry.coordinates,
      });
    }
    return [...seen.values()];
  });
}

/** The count of each location's bubble as the API gives it. */
async function countsByLocation(page: Page): Promise<Map<string, number>> {
  const response = await page.request.get('/api/v1/ecosystems.json');
  const { ecosystems } = EcosystemsDocument.parse(await response.json());
  const counts = new Map<string, number>();
  for (const { locationId } of ecosystems)
    counts.set(locationId, (counts.get(locationId) ?? 0) + 1);
  return counts;
}

/** Where a place is drawn, in page pixels. */
async function onScreen(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    (at) => (window as WithMap).__atlasMap?.project(at) ?? { x: -1, y: -1 },
    lngLat,
  );
  const canvas = await page.locator('.maplibregl-canvas').boundingBox();
  if (!canvas) throw new Error('no canvas');
  return { x: canvas.x + point.x, y: canvas.y + point.y };
}

async function colourAt(page: Page, at: { x: number; y: number }): Promise<string> {
  const shot = await page.screenshot({ clip: { x: at.x, y: at.y, width: 1, height: 1 } });
  const [r = 0, g = 0, b = 0] = PNG.sync.read(shot).data;
  return `#${[r, g, b].map((value) => value.toString(16).padStart(2, '0')).join('')}`;
}

test.describe('the map, once touched', () => {
  test('a merged bubble shows the sum of the locations it holds', async ({ page }) => {
    const counts = await countsByLocation(page);
    await page.goto('/');
    await touchMap(page);
    const drawn = await bubbles(page);
    const merged = drawn.filter((bubble) => bubble.clusterId !== undefined);
    expect(merged.length).toBeGreaterThan(0);
    for (const bubble of merged) {
      expect(bubble.locationIds.length).toBeGreaterThan(1);
      const sum = bubble.locationIds.reduce((total, id) => total + (counts.get(id) ?? 0), 0);
      expect(bubble.total).toBe(sum);
    }
    // The number drawn on a bubble is that sum: the count label reads the same property.
    const labels = await page.evaluate(() =>
      ((window as WithMap).__atlasMap?.queryRenderedFeatures({ layers: ['location-counts'] }) ?? [])
        .map((feature) => feature.properties)
        .filter((properties) => typeof properties.cluster_id === 'number')
        .map((properties) => Number(properties.total)),
    );
    for (const bubble of merged) expect(labels).toContain(bubble.total);
  });

  test('a click on a merged bubble zooms in and splits it', async ({ page }) => {
    await page.goto('/');
    await touchMap(page);
    const before = await bubbles(page);
    const [largest] = before
      .filter((bubble) => bubble.clusterId !== undefined)
      .sort((a, b) => b.total - a.total);
    if (!largest) throw new Error('no merged bubble at world zoom');
    const zoom = await page.evaluate(() => (window as WithMap).__atlasMap?.getZoom() ?? 0);
    const at = await onScreen(page, largest.at);
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction(
      (from) => ((window as WithMap).__atlasMap?.getZoom() ?? 0) > from,
      zoom,
    );
    await settle(page);
    // What was one bubble is now drawn as several: bubbles, or points once zoomed past them.
    const held = new Set(largest.locationIds);
    const pieces = (await bubbles(page)).filter((bubble) =>
      bubble.locationIds.every((id) => held.has(id)),
    );
    const points = await page.evaluate(
      () =>
        (window as WithMap).__atlasMap?.queryRenderedFeatures({
          layers: ['ecosystem-points', 'ecosystem-clusters'],
        }).length ?? 0,
    );
    expect(pieces.length + points).toBeGreaterThan(1);
    expect(
      pieces.some(
        (piece) => piece.clusterId === largest.clusterId && piece.total === largest.total,
      ),
    ).toBe(false);
  });

  test('focusing an ecosystem in the list lights up its point on the map', async ({
    page,
    request,
  }) => {
    const { ecosystems } = EcosystemsDocument.parse(
      await (await request.get('/api/v1/ecosystems.json')).json(),
    );
    const target = ecosystems.find((ecosystem) => ecosystem.id === 'galician-ecosystem');
    if (!target) throw new Error('no Galician Ecosystem in the data');
    await page.goto('/?country=spain');
    await touchMap(page);
    const list = page.getByRole('list', { name: 'Ecosystems' });
    await list.getByRole('link', { name: target.name }).focus();
    // The camera moves to it; then its point is drawn in the highlight colour.
    await page.waitForFunction(([lng, lat]) => {
      const map = (window as WithMap).__atlasMap;
      const center = map?.getCenter();
      return (
        center !== undefined &&
        map?.isMoving() === false &&
        Math.abs(center.lng - lng) < 0.01 &&
        Math.abs(center.lat - lat) < 0.01
      );
    }, target.coordinates);
    await settle(page);
    const points = await page.evaluate(() =>
      (
        (window as WithMap).__atlasMap?.queryRenderedFeatures({ layers: ['ecosystem-points'] }) ??
        []
      ).map((feature) => ({
        slug: String(feature.properties.slug),
        hover: feature.state.hover === true,
        at: feature.geometry.coordinates,
      })),
    );
    const galicia = points.find((point) => point.slug === 'galician-ecosystem');
    if (!galicia) throw new Error('the focused ecosystem is not drawn as a point');
    expect(galicia.hover).toBe(true);
    expect(points.filter((point) => point.hover).map((point) => point.slug)).toEqual([
      'galician-ecosystem',
    ]);
    expect(await colourAt(page, await onScreen(page, galicia.at))).toBe('#7c2d12');
    // Focus leaves the list: the point goes back to the usual colour.
    await page.getByRole('searchbox', { name: 'Search ecosystems' }).focus();
    await settle(page);
    expect(await colourAt(page, await onScreen(page, galicia.at))).toBe('#c2410c');
  });

  test('after a filter, the camera ends framing exactly the filtered ecosystems', async ({
    page,
    request,
  }) => {
    const { ecosystems } = EcosystemsDocument.parse(
      await (await request.get('/api/v1/ecosystems.json')).json(),
    );
    const finland = ecosystems.filter((ecosystem) => ecosystem.locationId === 'finland');
    expect(finland.length).toBeGreaterThan(1);
    await page.goto('/');
    await touchMap(page);
    const world = await page.evaluate(() => (window as WithMap).__atlasMap?.getZoom() ?? 0);
    await page.evaluate(() => {
      const target = window as WithMap;
      target.__cameraMoved = false;
      target.__atlasMap?.once('moveend', () => {
        target.__cameraMoved = true;
      });
    });
    await page.getByRole('checkbox', { name: /^Finland/ }).click();
    await expect(page).toHaveURL(/country=finland$/);
    await page.waitForFunction(() => (window as WithMap).__cameraMoved === true);
    await settle(page);
    const view = await page.evaluate(() => {
      const map = (window as WithMap).__atlasMap;
      if (!map) throw new Error('no map handle');
      const bounds = map.getBounds();
      return {
        zoom: map.getZoom(),
        west: bounds.getWest(),
        east: bounds.getEast(),
        south: bounds.getSouth(),
        north: bounds.getNorth(),
      };
    });
    expect(view.zoom).toBeGreaterThan(world + 2);
    for (const {
      coordinates: [lng, lat],
    } of finland) {
      expect(lng).toBeGreaterThan(view.west);
      expect(lng).toBeLessThan(view.east);
      expect(lat).toBeGreaterThan(view.south);
      expect(lat).toBeLessThan(view.north);
    }
    // Framed, not merely inside: the view is not much wider than the points with padding.
    const lngs = finland.map((ecosystem) => ecosystem.coordinates[0]);
    const spread = Math.max(...lngs) - Math.min(...lngs);
    expect(view.east - view.west).toBeLessThan(spread + 15);
  });
});
