// The WebGL map's location bubbles once the visitor reaches for the map: a merged bubble holds
// several locations and shows the sum of their counts, and a click on it zooms in and splits it.
import type { Page } from '@playwright/test';
import { EcosystemsDocument } from '../../src/api/documents';
import { expect, test } from './fixtures';
import { onScreen, settle, touchMap, type WithMap } from './map-webgl';

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
});
