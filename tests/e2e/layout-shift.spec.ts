// Nothing moves when the map, a chart or a lazy section arrives: cumulative layout shift,
// measured with a PerformanceObserver, stays under 0.05 on every route.
import { expect, test } from './fixtures';

const ROUTES = [
  '/',
  '/?country=spain',
  '/dashboard',
  '/present',
  '/ecosystems/south-denmark-ehealth-ecosystem',
  '/ecosystems/digital-health-ecosystem-belgium',
  '/events',
  '/about',
  '/compare',
  '/embed',
];

for (const path of ROUTES) {
  test(`${path}: cumulative layout shift below 0.05`, async ({ page }) => {
    await page.addInitScript(() => {
      const target = window as Window & { __cls?: number; __lastShift?: number };
      target.__cls = 0;
      target.__lastShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[]) {
          if (!entry.hadRecentInput) target.__cls = (target.__cls ?? 0) + entry.value;
          target.__lastShift = performance.now();
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeAttached();
    await page.waitForLoadState('networkidle');
    // Measured once the page has stopped moving: a second with no shift since the network
    // went quiet (a page that keeps shifting keeps the test waiting, and then fails it).
    const quietSince = await page.evaluate(() => performance.now());
    await page.waitForFunction((since) => {
      const last = (window as Window & { __lastShift?: number }).__lastShift ?? 0;
      return performance.now() - Math.max(since, last) > 1000;
    }, quietSince);
    const cls = await page.evaluate(() => (window as Window & { __cls?: number }).__cls ?? 0);
    expect(cls).toBeLessThan(0.05);
  });
}
