// The offline atlas: the service worker's caches, and every main route reloading with the
// network off after one online visit. The manifest is in installable.spec.ts.
import type { APIRequestContext, BrowserContext, Page } from '@playwright/test';
import { checkedOn, newestCheck } from '../../src/domain/checked';
import { expect, test } from './fixtures';
import { serviceWorkerReady } from './service-worker';

test.use({ serviceWorkers: 'allow' });

const ECOSYSTEM = '/ecosystems/south-denmark-ehealth-ecosystem';

/**
 * Headless Chromium emulates the network as off for the worker and every request, but a page
 * loaded while it is off still reads navigator.onLine as true (a real phone without a network
 * reads false): turning the emulation on again lets the page see that it is offline.
 */
async function offlineAgain(context: BrowserContext): Promise<void> {
  await context.setOffline(false);
  await context.setOffline(true);
}

/** "Nov 2026" and "nov. 2026": the newest check of the data, not the day of the build. */
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
