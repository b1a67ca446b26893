// npm run bench: builds the app and a reference map app, serves them, drives headless
// Chromium, runs Lighthouse on six routes, and writes bench/results.json and bench/results.md.
// The map route's bytes are what a phone downloads on `/` before the visitor touches the map
// (the SVG map), and, beside them, what the WebGL map adds once touched.
// Options: --sizes 40,1000,10000,100000   --bytes-only (no timings, no Lighthouse)
//          --skip-build   --skip-lighthouse   --lighthouse-routes /,/about (a subset)
//          --lighthouse-runs 1 (one load per route and preset; default: the median of 3)
//          --lighthouse-only (Lighthouse alone; merged into the existing results file)
//          --dist dist (the build to measure, e.g. a copy of dist/; --skip-build with it)
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { toMarkdown, type Results, type SizeResult } from './report';
import {
  dashboardChartsMs,
  firstMapIdle,
  gzipSize,
  heapBytes,
  interactionLatencies,
  percentile,
  PHONE,
  reachForMap,
  routeBytes,
  trackInteractions,
} from './measure';
import { LIGHTHOUSE_ROUTES, runLighthouse } from './lighthouse';
import { serve } from './serve';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '40,1000,10000,100000' },
    'bytes-only': { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
    'skip-lighthouse': { type: 'boolean', default: false },
    'lighthouse-only': { type: 'boolean', default: false },
    'lighthouse-runs': { type: 'string', default: '3' },
    'lighthouse-routes': { type: 'string', default: LIGHTHOUSE_ROUTES.join(',') },
    dist: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'bench/results.json' },
  },
});
const OUT = 'bench/out';
const DIST = values.dist;
const run = (command: string, args: string[], env: Record<string, string> = {}) =>
  execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });

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

const mapReady = (page: Page) =>
  page.locator('[data-map-ready="true"]').waitFor({ timeout: 120_000 });
/** The WebGL map, reached for and drawn. */
const webGlReady = async (page: Page) => {
  await reachForMap(page);
  await page.locator('[data-webgl-ready="true"]').waitFor({ timeout: 120_000 });
};
const lighthouseRoutes = values['lighthouse-routes'].split(',').filter(Boolean);
const chartsReady = (page: Page) => page.locator('svg.recharts-surface').first().waitFor();
const headingReady = (page: Page) => page.getByRole('heading', { level: 1 }).first().waitFor();
const settle = (page: Page) => page.waitForTimeout(2000);
const markReady = async (page: Page) => {
  await page.waitForFunction(
    () => performance.getEntriesByName('atlas:map-idle').length > 0,
    undefined,
    { timeout: 120_000 },
  );
};

async function measureSize(
  browser: Awaited<ReturnType<typeof chromium.launch>>,
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
  const { readFile } = await import('node:fs/promises');
  return (
    JSON.parse(await readFile(path.join(api, 'ecosystems.json'), 'utf8')) as {
      ecosystems: unknown[];
    }
  ).ecosystems.length;
}

async function writeResults(results: Results): Promise<void> {
  await mkdir(path.dirname(values.out), { recursive: true });
  await writeFile(values.out, `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(values.out.replace(/\.json$/, '.md'), toMarkdown(results));
  console.log(toMarkdown(results));
}

/** Lighthouse alone, kept beside the figures of the last full run in the results file. */
async function lighthouseOnly(): Promise<void> {
  if (!values['skip-build']) run('npm', ['run', 'build']);
  const lighthouse = await runLighthouse({
    root: DIST,
    reference: path.join(OUT, 'reference'),
    runs: Number(values['lighthouse-runs']),
    routes: lighthouseRoutes,
  });
  const previous = existsSync(values.out)
    ? (JSON.parse(await readFile(values.out, 'utf8')) as Results)
    : undefined;
  await writeResults({
    date: previous?.date ?? lighthouse.date,
    machine:
      previous?.machine ??
      `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    ...(previous?.routes ? { routes: previous.routes } : {}),
    api: previous?.api ?? [],
    sizes: previous?.sizes ?? [],
    lighthouse,
  });
}

async function main(): Promise<void> {
  if (values['lighthouse-only']) {
    await lighthouseOnly();
    return;
  }
  if (!values['skip-build']) {
    run('npm', ['run', 'build']);
    run('npx', ['vite', 'build', '--config', 'scripts/bench/reference/vite.config.ts']);
  }
  await mkdir(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
  let results: Results;
  try {
    const app = await serve({ root: DIST, port: 4301 });
    const reference = await serve({ root: path.join(OUT, 'reference'), port: 4302 });
    const routes = {
      map: await routeBytes(browser, 'http://127.0.0.1:4301', '/', DIST, mapReady, PHONE),
      mapTouched: await routeBytes(browser, 'http://127.0.0.1:4301', '/', DIST, webGlReady),
      dashboard: await routeBytes(
        browser,
        'http://127.0.0.1:4301',
        '/dashboard',
        DIST,
        chartsReady,
      ),
      present: await routeBytes(browser, 'http://127.0.0.1:4301', '/present', DIST, headingReady),
      ecosystem: await routeBytes(
        browser,
        'http://127.0.0.1:4301',
        '/ecosystems/south-denmark-ehealth-ecosystem',
        DIST,
        headingReady,
      ),
      reference: await routeBytes(
        browser,
        'http://127.0.0.1:4302',
        '/',
        path.join(OUT, 'reference'),
        markReady,
        PHONE,
      ),
    };
    app.close();
    reference.close();
    const sizes: SizeResult[] = [];
    if (!values['bytes-only']) {
      let port = 4310;
      for (const size of values.sizes.split(',').map(Number)) {
        console.log(`bench: measuring ${size} ecosystems`);
        sizes.push(await measureSize(browser, size, port++));
      }
    }
    const apiSizes = [
      { dir: path.join(DIST, 'api/v1') },
      ...sizes
        .filter((size) => size.size >= 1000)
        .map((size) => ({ dir: path.join(OUT, `api-${size.size}`) })),
    ];
    const api = await Promise.all(
      apiSizes.map(async ({ dir }) => {
        const ecosystems = await countEcosystems(dir);
        return {
          ecosystems,
          gzipBytesPerEcosystem: gzipSize(path.join(dir, 'ecosystems.json')).gzip / ecosystems,
        };
      }),
    );
    results = {
      date: new Date().toISOString(),
      machine: `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${browser.version()} headless, SwiftShader WebGL`,
      routes,
      api,
      sizes,
    };
  } finally {
    await browser.close();
  }
  // Last and alone: Lighthouse's timings must not share the two cores with another browser.
  if (!values['bytes-only'] && !values['skip-lighthouse']) {
    console.log('bench: Lighthouse');
    results.lighthouse = await runLighthouse({
      root: DIST,
      reference: path.join(OUT, 'reference'),
      runs: Number(values['lighthouse-runs']),
      routes: lighthouseRoutes,
    });
  }
  await writeResults(results);
}

await main();
