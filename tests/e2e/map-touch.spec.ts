// The WebGL map once the visitor reaches for it: each test first touches the map (a click on
// open water), waits for MapLibre's canvas, then checks where the camera goes and what the map
// draws: the point of an ecosystem focused in the list, the view after a filter. The bubbles
// are in map-bubbles.spec.ts.
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { EcosystemsDocument } from '../../src/api/documents';
import { expect, test } from './fixtures';
import { onScreen, settle, touchMap, type WithMap } from './map-webgl';

async function colourAt(page: Page, at: { x: number; y: number }): Promise<string> {
  const shot = await page.screenshot({ clip: { x: at.x, y: at.y, width: 1, height: 1 } });
  const [r = 0, g = 0, b = 0] = PNG.sync.read(shot).data;
  return `#${[r, g, b].map((value) => value.toString(16).padStart(2, '0')).join('')}`;
}

test.describe('the map, once touched', () => {
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
