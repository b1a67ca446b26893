// What the benchmark measures in headless Chromium, one function per figure.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

export interface Bytes {
  raw: number;
  gzip: number;
}
export interface RouteBytes {
  js: Bytes;
  css: Bytes;
  /** Other static files the route needs, such as the basemap's country shapes (not the API). */
  data: Bytes;
  files: string[];
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export function gzipSize(file: string): Bytes {
  const content = readFileSync(file);
  return { raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
}

/** A phone as Lighthouse's mobile preset emulates one: what "before the first touch" means. */
export const PHONE = { viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true };

/** JS, CSS and static data a route downloads on first load, read back from the built files. */
export async function routeBytes(
  browser: Browser,
  origin: string,
  route: string,
  root: string,
  ready: (page: Page) => Promise<void>,
  options: Parameters<Browser['newPage']>[0] = {},
): Promise<RouteBytes> {
  const page = await browser.newPage(options);
  const files = new Set<string>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    const asset =
      /\.(m?js|css|geojson)$/.test(url.pathname) || /^\/basemap\/.*\.svg$/.test(url.pathname);
    if (url.origin === origin && asset && !url.pathname.startsWith('/api/'))
      files.add(url.pathname);
  });
  await page.goto(origin + route);
  await ready(page);
  await page.waitForLoadState('networkidle');
  await page.close();
  const sum = (ext: RegExp) =>
    [...files]
      .filter((file) => ext.test(file))
      .reduce<Bytes>(
        (total, file) => {
          const size = gzipSize(path.join(root, file));
          return { raw: total.raw + size.raw, gzip: total.gzip + size.gzip };
        },
        { raw: 0, gzip: 0 },
      );
  return {
    js: sum(/\.m?js$/),
    css: sum(/\.css$/),
    data: sum(/\.(geojson|svg)$/),
    files: [...files].sort(),
  };
}

/**
 * Reaches for the explorer's map as a visitor does (a press on the SVG map, away from its
 * bubbles) and resolves with the page's clock at the press.
 */
export async function reachForMap(page: Page): Promise<number> {
  await page.locator('[data-map-ready="true"]').waitFor({ timeout: 120_000 });
  const point = await page.evaluate(() => {
    const map = document.querySelector('.svg-map');
    if (!map) return undefined;
    const box = map.getBoundingClientRect();
    for (let fy = 0.3; fy < 0.9; fy += 0.05)
      for (let fx = 0.2; fx < 0.9; fx += 0.05) {
        const x = box.left + box.width * fx;
        const y = box.top + box.height * fy;
        const hit = document.elementFromPoint(x, y);
        if (hit && map.contains(hit) && !hit.closest('a, button, [role="status"]')) return { x, y };
      }
    return undefined;
  });
  if (!point) throw new Error('no empty point on the SVG map');
  const at = await page.evaluate(() => performance.now());
  await page.mouse.click(point.x, point.y);
  return at;
}

/**
 * From the first touch on the map to the WebGL map's first settled frame with the data
 * (MapLibre's download, start and first idle), median of `runs` fresh loads.
 */
export async function firstMapIdle(browser: Browser, url: string, runs = 3): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    const touched = await reachForMap(page);
    const handle = await page.waitForFunction(
      () => performance.getEntriesByName('atlas:map-idle')[0]?.startTime,
      undefined,
      { timeout: 120_000 },
    );
    times.push(Number(await handle.jsonValue()) - touched);
    await page.close();
  }
  return median(times);
}

/** Collects Event Timing entries (16 ms is the API's floor: faster interactions count as 16). */
export async function trackInteractions(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const longest = new Map<number, number>();
    Object.defineProperty(window, '__interactions', { value: longest });
    new PerformanceObserver((list) => {
      // interactionId is in Chromium's Event Timing but not yet in TypeScript's DOM types.
      for (const entry of list.getEntries() as (PerformanceEventTiming & {
        interactionId?: number;
      })[]) {
        if (entry.interactionId)
          longest.set(
            entry.interactionId,
            Math.max(longest.get(entry.interactionId) ?? 0, entry.duration),
          );
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  });
}

/** Latencies of the interactions `act` performs, in ms: one value per interaction. */
export async function interactionLatencies(
  page: Page,
  count: number,
  act: (i: number) => Promise<void>,
): Promise<number[]> {
  await page.evaluate(() =>
    (window as unknown as { __interactions: Map<number, number> }).__interactions.clear(),
  );
  for (let i = 0; i < count; i += 1) await act(i);
  await page.waitForTimeout(300);
  const measured = await page.evaluate(() => [
    ...(window as unknown as { __interactions: Map<number, number> }).__interactions.values(),
  ]);
  return [...measured, ...Array<number>(Math.max(0, count - measured.length)).fill(16)];
}

export async function dashboardChartsMs(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(url);
  await page.waitForFunction(
    () => document.querySelectorAll('svg.recharts-surface').length >= 6,
    undefined,
    { timeout: 120_000 },
  );
  const ms = await page.evaluate(() => performance.now());
  await page.close();
  return ms;
}

export async function heapBytes(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize;
}
