// The installable atlas: the web app manifest and its icons, and a page controlled by the
// service worker staying within the Content-Security-Policy. Offline use is in offline.spec.ts.
import { expect, test } from './fixtures';
import { serviceWorkerReady } from './service-worker';

test.use({ serviceWorkers: 'allow' });

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
