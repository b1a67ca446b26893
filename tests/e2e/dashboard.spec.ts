import type { Page } from '@playwright/test';
import { EcosystemsDocument, StatsDocument } from '../../src/api/documents';
import { expect, test } from './fixtures';

const NUMBER = new Intl.NumberFormat('en-GB');

/** The text of every script the page downloaded, to check what each route pulls in. */
function collectScripts(page: Page): string[] {
  const bodies: string[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.js')) {
      void response.text().then(
        (text) => bodies.push(text),
        () => undefined,
      );
    }
  });
  return bodies;
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
    expect(dashboardScripts.some((text) => text.includes('maplibregl-canvas'))).toBe(false);
    expect(dashboardScripts.some((text) => text.includes('recharts-surface'))).toBe(true);

    const map = await browser.newPage();
    const mapScripts = collectScripts(map);
    await map.goto('/');
    await map.waitForLoadState('networkidle');
    // MapLibre comes when the visitor reaches for the map: a click on it.
    expect(mapScripts.some((text) => text.includes('maplibregl-canvas'))).toBe(false);
    const stage = await map.locator('.map-stage').boundingBox();
    if (!stage) throw new Error('no map');
    await map.mouse.click(stage.x + 12, stage.y + stage.height / 2);
    await expect(map.locator('.maplibregl-canvas')).toBeVisible();
    await map.waitForLoadState('networkidle');
    expect(mapScripts.some((text) => text.includes('maplibregl-canvas'))).toBe(true);
    expect(mapScripts.some((text) => text.includes('recharts-surface'))).toBe(false);
  });
});

test.describe('presenter mode', () => {
  test('walks every slide by keyboard with the URL following, and Esc returns to the dashboard', async ({
    page,
    request,
    problems,
  }) => {
    // The spotlight is asked for, so its slide has a title known in advance.
    const spotlight = 'south-denmark-ehealth-ecosystem';
    const { ecosystem } = (await (
      await request.get(`/api/v1/ecosystems/${spotlight}.json`)
    ).json()) as { ecosystem: { name: string } };
    await page.goto(`/present?spotlight=${spotlight}`);
    await expect(page.getByText('Slide 1 of 11')).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 1, name: 'The network in numbers' }),
    ).toBeVisible();
    const titles = [
      /Member organisations/,
      'Active countries',
      /gatherings a year/i,
      /Ecosystems/,
      /Participants/,
      'Ecosystems by region',
      'Growth over time',
      'Where the ecosystems are',
      ecosystem.name,
      'Connect with an ecosystem',
    ];
    for (const [i, title] of titles.entries()) {
      await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'PageDown');
      await expect(page).toHaveURL(new RegExp(`slide=${i + 2}`));
      await expect(page.getByText(`Slide ${i + 2} of 11`)).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: title }).first()).toBeVisible();
      if (title === ecosystem.name)
        await expect(page.getByText('Ecosystem spotlight')).toBeVisible();
    }
    await page.keyboard.press('Home');
    await expect(page).toHaveURL(new RegExp(`/present\\?spotlight=${spotlight}$`));
    await page.keyboard.press('End');
    await expect(page).toHaveURL(/slide=11/);
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(/slide=10/);
    await page.keyboard.press('3');
    await expect(page).toHaveURL(/slide=3/);
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/slide=4/);
    await page.keyboard.press('PageUp');
    await expect(page).toHaveURL(/slide=3/);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/dashboard(\?spotlight=[a-z-]+)?$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Network in numbers' })).toBeVisible();
    expect(problems.consoleErrors).toEqual([]);
  });

  test('a deep link opens its slide, and the map slide draws', async ({ page }) => {
    await page.goto('/present?slide=9');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Where the ecosystems are' }),
    ).toBeVisible();
    await expect(page.locator('[data-map-ready="true"]')).toBeVisible();
  });

  test('?auto=2 advances on its own with a progress bar; P pauses', async ({ page }) => {
    // A clock of the test's own: time runs as usual, and can be moved on at once.
    await page.clock.install();
    await page.goto('/present?auto=2');
    const progress = page.getByRole('progressbar', { name: 'Time to the next slide' });
    await expect(progress).toBeVisible();
    await expect(page).toHaveURL(/slide=2/, { timeout: 5000 });
    await page.keyboard.press('p');
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    const paused = await progress.getAttribute('aria-valuenow');
    await page.clock.runFor(5000);
    await expect(page).toHaveURL(/slide=2/);
    await expect(progress).toHaveAttribute('aria-valuenow', paused ?? '');
    // Playing again, it moves on after its two seconds.
    await page.keyboard.press('p');
    await page.clock.runFor(2500);
    await expect(page).toHaveURL(/slide=3/);
  });

  test('?kiosk=1 hides the controls and loops', async ({ page }) => {
    await page.goto('/present?kiosk=1&auto=1&slide=11');
    // The slide is drawn first, so the absence of the controls means something.
    await expect(
      page.getByRole('heading', { level: 1, name: 'Connect with an ecosystem' }),
    ).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Slides' })).toHaveCount(0);
    await expect(page).toHaveURL(/present\?kiosk=1&auto=1$/, { timeout: 4000 });
  });

  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    test(`readable at ${size.width}x${size.height}: body text at least 32 px, figures fill the slide`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      // Slide 3 is a computed count; published figures keep their wording at a smaller size.
      await page.goto('/present?slide=3');
      const label = page.getByRole('heading', { level: 1 });
      await expect(label).toBeVisible();
      const bodySize = await page
        .locator('.slide__note')
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(bodySize).toBeGreaterThanOrEqual(32);
      const giant = await page.locator('.slide__giant').boundingBox();
      expect((giant?.height ?? 0) / size.height).toBeGreaterThan(0.3);
    });
  }
});
