// The dashboard: figures counted from the records as stats.json gives them, the charts drawn
// and shown as tables, filters in the URL carried to the map, and each route's own scripts
// (no MapLibre on the dashboard, no Recharts on the map). The presenter is in present.spec.ts.
import type { Page } from '@playwright/test';
import { EcosystemsDocument, StatsDocument } from '../../src/api/documents';
import { expect, test } from './fixtures';

const NUMBER = new Intl.NumberFormat('en-GB');

/** The text of every script `page` has downloaded so far, each read in full (a body arrives
 * after its response), to check what each route pulls in. */
function collectScripts(page: Page): () => Promise<string[]> {
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.js')) bodies.push(response.text().catch(() => ''));
  });
  return () => Promise.all(bodies);
}

test.describe('dashboard', () => {
  test('shows the computed figures matching stats.json, and the charts draw', async ({
    page,
    request,
    problems,
  }) => {
    const stats = StatsDocument.parse(await (await request.get('/api/v1/stats.json')).json());
    await page.goto('/dashboard');
    const counted = page.getByRole('region', { name: /Counted from the atlas records/ });
    for (const [label, value] of [
      ['Active countries', NUMBER.format(stats.totals.activeCountries)],
      [
        'Ecosystem meetings per year',
        `at least ${NUMBER.format(stats.totals.meetingsPerYearMinimum)}`,
      ],
      ['Ecosystems in the atlas', NUMBER.format(stats.totals.ecosystems)],
    ] as const) {
      const tile = counted
        .locator('.kpi-tile')
        .filter({ has: page.getByText(label, { exact: true }) });
      await expect(tile).toContainText(value);
    }
    const charts = page
      .getByRole('region')
      .filter({ has: page.getByRole('button', { name: 'Show as table' }) });
    await expect(charts).toHaveCount(4);
    for (const chart of await charts.all()) {
      await expect(chart.locator('svg.recharts-surface').first()).toBeVisible();
      expect(
        await chart.locator('.recharts-bar-rectangle, .recharts-line-curve').count(),
      ).toBeGreaterThan(0);
    }
    expect(problems.consoleErrors).toEqual([]);
  });

  test('filters follow the URL and "View on the map" carries them over', async ({
    page,
    request,
  }) => {
    const { ecosystems } = EcosystemsDocument.parse(
      await (await request.get('/api/v1/ecosystems.json')).json(),
    );
    const spain = ecosystems.filter((ecosystem) => ecosystem.locationId === 'spain').length;
    await page.goto('/dashboard?country=spain');
    await expect(page.getByRole('status').filter({ hasText: 'ecosystems' })).toHaveText(
      `${spain} ecosystems in 1 country`,
    );
    await page.getByRole('link', { name: 'View on the map' }).click();
    await expect(page).toHaveURL(/\/\?country=spain$/);
    await expect(page.getByRole('list', { name: 'Ecosystems' }).getByRole('listitem')).toHaveCount(
      spain,
    );
  });

  test('"Show as table" opens the numbers behind a chart', async ({ page }) => {
    await page.goto('/dashboard');
    const chart = page.getByRole('region', { name: 'Locations with the most ecosystems' });
    await chart.getByRole('button', { name: 'Show as table' }).click();
    await expect(chart.getByRole('table')).toBeVisible();
    await expect(chart.getByRole('row')).toHaveCount(11);
  });

  test('the dashboard downloads no MapLibre and the map no Recharts', async ({ browser }) => {
    const dashboard = await browser.newPage();
    const dashboardScripts = collectScripts(dashboard);
    await dashboard.goto('/dashboard');
    await expect(dashboard.locator('svg.recharts-surface').first()).toBeVisible();
    await dashboard.waitForLoadState('networkidle');
    expect((await dashboardScripts()).some((text) => text.includes('maplibregl-canvas'))).toBe(
      false,
    );
    expect((await dashboardScripts()).some((text) => text.includes('recharts-surface'))).toBe(true);

    const map = await browser.newPage();
    const mapScripts = collectScripts(map);
    await map.goto('/');
    await map.waitForLoadState('networkidle');
    // MapLibre comes when the visitor reaches for the map: a click on it.
    expect((await mapScripts()).some((text) => text.includes('maplibregl-canvas'))).toBe(false);
    const stage = await map.locator('.map-stage').boundingBox();
    if (!stage) throw new Error('no map');
    await map.mouse.click(stage.x + 12, stage.y + stage.height / 2);
    await expect(map.locator('.maplibregl-canvas')).toBeVisible();
    await map.waitForLoadState('networkidle');
    expect((await mapScripts()).some((text) => text.includes('maplibregl-canvas'))).toBe(true);
    expect((await mapScripts()).some((text) => text.includes('recharts-surface'))).toBe(false);
  });
});
