// The installable, offline atlas: the web app manifest, the service worker's caches, and every
// main route reloading with the network off after one online visit.
import type { APIRequestContext, BrowserContext, Page } from '@playwright/test';
import { checkedOn, newestCheck } from '../../src/domain/checked';
import { expect, test } from './fixtures';

test.use({ serviceWorkers: 'allow' });

const ECOSYSTEM = '/ecosystems/south-denmark-ehealth-ecosystem';

/** "Nov 2026" and "nov. 2026": the newest check of the data, not the day of the build. */
/**
 * Headless Chromium emulates the network as off for the worker and every request, but a page
 * loaded while it is off still reads navigator.onLine as true (a real phone without a network
 * reads false): turning the emulation on again lets the page see that it is offline.
 */
async function offlineAgain(context: BrowserContext): Promise<void> {
  await context.setOffline(false);
  await context.setOffline(true);
}

async function dataDate(request: APIRequestContext, locale: string): Promise<string> {
  const document = (await (await request.get('/api/v1/ecosystems.json')).json()) as {
    ecosystems: { lastVerified: string; sources: { accessed: string; verified?: string }[] }[];
  };
  const newest = newestCheck(
    document.ecosystems.flatMap((e) => [e.lastVerified, ...e.sources.map(checkedOn)]),
  );
  // As precise as the data: "20 Nov 2026", "Nov 2026" or "2026".
  const [year = 0, month, day] = (newest ?? '').split('-').map(Number);
  return new Intl.DateTimeFormat(locale, {
    ...(day === undefined ? {} : { day: 'numeric' as const }),
    ...(month === undefined ? {} : { month: 'short' as const }),
    year: 'numeric',
    timeZone: 'UTC',
  })
    .format(new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1)))
    .replace(/[\u00a0\u2009\u202f]/g, ' ');
}

/** Waits for the worker to be active, which it is once its install has filled the caches. */
async function serviceWorkerReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

/** The URLs the worker's caches hold, by cache. */
function cachedUrls(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const result: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      result[name] = (await cache.keys()).map((request) => new URL(request.url).pathname);
    }
    return result;
  });
}

test.describe('installable app', () => {
  test('the manifest is linked, valid, and names the icons, which exist', async ({
    page,
    request,
  }) => {
    await page.goto('/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const response = await request.get(href ?? '');
    expect(response.ok()).toBe(true);
    const manifest = (await response.json()) as {
      name: string;
      short_name: string;
      start_url: string;
      scope: string;
      display: string;
      theme_color: string;
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
    };
    expect(manifest).toMatchObject({
      name: 'Ecosystem Atlas',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#0b4f6c',
    });
    expect(manifest.short_name.length).toBeGreaterThan(0);
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    const sizes = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`);
    expect(sizes).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    );
    for (const icon of manifest.icons) {
      const file = await request.get(new URL(icon.src, response.url()).href);
      expect(file.ok(), icon.src).toBe(true);
      expect(file.headers()['content-type']).toBe('image/png');
      // A PNG's IHDR chunk holds its width and height at bytes 16 and 20.
      const png = await file.body();
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      const [width, height] = icon.sizes.split('x').map(Number);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([width, height]);
    }
  });

  test('the page, controlled by the service worker, has no CSP violation', async ({
    page,
    problems,
  }) => {
    await page.goto('/');
    await serviceWorkerReady(page);
    await page.reload();
    await page.locator('[data-map-ready="true"]').waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(
      /\/sw\.js$/,
    );
    await page.goto('/dashboard');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await problems.cspViolations()).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
  });
});

test.describe('offline after one visit', () => {
  test.describe.configure({ timeout: 120_000 });

  test('the map, the dashboard, an ecosystem page and the presenter reload offline', async ({
    page,
    context,
    request,
    problems,
  }) => {
    const date = await dataDate(request, 'en-GB');
    const daDate = await dataDate(request, 'da-DK');
    const summary = (await (await request.get('/api/v1/ecosystems.json')).json()) as {
      ecosystems: { id: string }[];
    };

    // One visit, to the map.
    await page.goto('/');
    await page.locator('[data-map-ready="true"]').waitFor();
    await serviceWorkerReady(page);

    // The worker's install filled its caches: the shell, the basemap, every API document.
    const cached = await cachedUrls(page);
    const precache = Object.entries(cached).find(([name]) => name.includes('precache'))?.[1];
    expect(precache).toEqual(
      expect.arrayContaining(['/shell.html', '/basemap/countries-110m.geojson']),
    );
    expect(cached['atlas-api']).toEqual(
      expect.arrayContaining([
        '/api/v1/ecosystems.json',
        '/api/v1/locations.json',
        '/api/v1/stats.json',
        '/api/v1/events.json',
        ...summary.ecosystems.map(({ id }) => `/api/v1/ecosystems/${id}.json`),
      ]),
    );

    await context.setOffline(true);
    const offlineNotice = page
      .getByRole('status')
      .filter({ hasText: `You are offline. Showing data from ${date}.` });

    await page.reload();
    await page.locator('[data-map-ready="true"]').waitFor();
    await offlineAgain(context);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/ecosystem/i);
    await expect(
      page.getByRole('list', { name: 'Ecosystems' }).getByRole('listitem').first(),
    ).toBeVisible();
    await expect(offlineNotice).toBeVisible();

    for (const [path, heading] of [
      ['/dashboard', /network in numbers/i],
      [ECOSYSTEM, 'South DENMARK eHealth ECOsystem'],
      // Never visited: the worker's data cache holds every ecosystem's document.
      ['/ecosystems/health-capital-helsinki', /helsinki/i],
      ['/present', /./],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await offlineAgain(context);
      await expect(offlineNotice).toBeVisible();
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await offlineAgain(context);
      await expect(offlineNotice).toBeVisible();
    }

    // The other language's catalogue is in the precache too, and a Danish page never visited
    // (/da/…) opens from the shell in Danish.
    await page.goto('/da/dashboard');
    await expect(page.getByRole('heading', { level: 1, name: /Netværket i tal/ })).toBeVisible();
    await offlineAgain(context);
    await expect(
      page.getByRole('status').filter({ hasText: `Du er offline. Viser data fra ${daDate}.` }),
    ).toBeVisible();

    // The network really is off for the worker too: what it never cached does not load.
    const uncached = await page.evaluate(() =>
      fetch('/api/v1/schema/stats.json').then(
        (response) => response.status,
        () => 'failed',
      ),
    );
    expect(uncached).toBe('failed');

    expect(problems.foreignRequests).toEqual([]);
    expect(await problems.cspViolations()).toEqual([]);

    // Back online: the notice goes and the network answers again.
    await context.setOffline(false);
    await expect(page.getByRole('status').filter({ hasText: /offline/i })).toHaveCount(0);
  });
});
