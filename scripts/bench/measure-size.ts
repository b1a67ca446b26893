// The benchmark's timings for one dataset size: the dataset generated and its API built when
// missing, served beside the build, then first map idle, filter, search and open latencies,
// the JS heap and the dashboard's charts; and the API's gzip bytes per ecosystem at each size.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import {
  dashboardChartsMs,
  firstMapIdle,
  gzipSize,
  heapBytes,
  interactionLatencies,
  percentile,
  trackInteractions,
} from './measure';
import { headingReady, settle, webGlReady } from './page-ready';
import type { Results, SizeResult } from './results';
import { DIST, OUT, run } from './run-options';
import { serve } from './serve';

function prepareApi(size: number): string {
  if (size === 40) return path.join(DIST, 'api/v1');
  const data = path.join('.scale-data', String(size));
  const api = path.join(OUT, `api-${size}`);
  if (!existsSync(path.join(data, 'locations.json')))
    run('npx', ['tsx', 'scripts/gen-scale-data.ts', '--sizes', String(size)]);
  if (!existsSync(path.join(api, 'ecosystems.json')))
    run('npx', ['tsx', 'scripts/build-api.ts', '--data', data, '--out', api]);
  return api;
}

export async function measureSize(
  browser: Browser,
  size: number,
  port: number,
): Promise<SizeResult> {
  const api = prepareApi(size);
  const server = await serve({ root: DIST, api, port });
  const origin = `http://127.0.0.1:${port}`;
  try {
    const idle = await firstMapIdle(browser, `${origin}/`);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await trackInteractions(page);
    await page.goto(`${origin}/`);
    // The interactions are timed with the WebGL map running, as after a visitor's first touch.
    await webGlReady(page);
    const spain = page.getByRole('checkbox', { name: /^Spain \(/ });
    const filter = await interactionLatencies(page, 20, () => spain.click());
    // Let the map finish following the last filter (its flight starts 350 ms after the last
    // change), so the next measure times typing, not the tail of the filter clicks.
    await settle(page);
    const box = page.getByRole('searchbox', { name: 'Search ecosystems' });
    const search = await interactionLatencies(page, 24, async (i) => {
      if (i % 6 === 0) await box.fill('');
      await box.pressSequentially('health'[i % 6] ?? 'h');
    });
    await box.fill('');
    await settle(page);
    const open = await interactionLatencies(page, 20, async () => {
      await page.getByRole('list', { name: 'Ecosystems' }).getByRole('link').first().click();
      await headingReady(page);
      await page.goBack();
      await page.getByRole('list', { name: 'Ecosystems' }).getByRole('link').first().waitFor();
    });
    // Last: the heap snapshot's garbage collection must not slow the interactions measured above.
    const heap = await heapBytes(page);
    await page.close();
    const charts = await dashboardChartsMs(browser, `${origin}/dashboard`);
    const count = size === 40 ? await countEcosystems(api) : size;
    const perEcosystem = gzipSize(path.join(api, 'ecosystems.json')).gzip / count;
    const latency = (values: number[]) => ({
      p50: percentile(values, 50),
      p95: percentile(values, 95),
      n: values.length,
    });
    return {
      size: count,
      firstMapIdleMs: idle,
      filter: latency(filter),
      search: latency(search),
      openEcosystem: latency(open),
      dashboardChartsMs: charts,
      heapBytes: heap,
      gzipBytesPerEcosystem: perEcosystem,
    };
  } finally {
    server.close();
  }
}

async function countEcosystems(api: string): Promise<number> {
  return (
    JSON.parse(await readFile(path.join(api, 'ecosystems.json'), 'utf8')) as {
      ecosystems: unknown[];
    }
  ).ecosystems.length;
}

/** gzip bytes per ecosystem in ecosystems.json: the build's API and each generated one. */
export async function apiBytes(sizes: SizeResult[]): Promise<Results['api']> {
  const apiSizes = [
    { dir: path.join(DIST, 'api/v1') },
    ...sizes
      .filter((size) => size.size >= 1000)
      .map((size) => ({ dir: path.join(OUT, `api-${size.size}`) })),
  ];
  return Promise.all(
    apiSizes.map(async ({ dir }) => {
      const ecosystems = await countEcosystems(dir);
      return {
        ecosystems,
        gzipBytesPerEcosystem: gzipSize(path.join(dir, 'ecosystems.json')).gzip / ecosystems,
      };
    }),
  );
}
