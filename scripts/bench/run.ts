// npm run bench: builds the app and a reference map app, serves them, drives headless
// Chromium, runs Lighthouse on six routes, and writes bench/results.json and bench/results.md.
// The map route's bytes are what a phone downloads on `/` before the visitor touches the map
// (the SVG map), and, beside them, what the WebGL map adds once touched.
// Options: --sizes 40,1000,10000,100000   --bytes-only (no timings, no Lighthouse)
//          --skip-build   --skip-lighthouse   --lighthouse-routes /,/about (a subset)
//          --lighthouse-runs 1 (one load per route and preset; default: the median of 3)
//          --lighthouse-only (Lighthouse alone; merged into the existing results file)
//          --dist dist (the build to measure, e.g. a copy of dist/; --skip-build with it)
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { runLighthouse } from './lighthouse';
import { apiBytes, measureSize } from './measure-size';
import { measureRoutes } from './measure-routes';
import { toMarkdown } from './report';
import type { Results, SizeResult } from './results';
import { DIST, lighthouseRoutes, OUT, run, values } from './run-options';

/** The machine measured on: its cores, their model and its memory. */
const cores = () =>
  `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB`;

/** Lighthouse on the build and the reference app, as the options ask. */
const measureLighthouse = () =>
  runLighthouse({
    root: DIST,
    reference: path.join(OUT, 'reference'),
    runs: Number(values['lighthouse-runs']),
    routes: lighthouseRoutes,
  });

async function writeResults(results: Results): Promise<void> {
  await mkdir(path.dirname(values.out), { recursive: true });
  await writeFile(values.out, `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(values.out.replace(/\.json$/, '.md'), toMarkdown(results));
  console.log(toMarkdown(results));
}

/** Lighthouse alone, kept beside the figures of the last full run in the results file. */
async function lighthouseOnly(): Promise<void> {
  if (!values['skip-build']) run('npm', ['run', 'build']);
  const lighthouse = await measureLighthouse();
  const previous = existsSync(values.out)
    ? (JSON.parse(await readFile(values.out, 'utf8')) as Results)
    : undefined;
  await writeResults({
    date: previous?.date ?? lighthouse.date,
    machine: previous?.machine ?? cores(),
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
    const routes = await measureRoutes(browser);
    const sizes: SizeResult[] = [];
    if (!values['bytes-only']) {
      let port = 4310;
      for (const size of values.sizes.split(',').map(Number)) {
        console.log(`bench: measuring ${size} ecosystems`);
        sizes.push(await measureSize(browser, size, port++));
      }
    }
    const api = await apiBytes(sizes);
    results = {
      date: new Date().toISOString(),
      machine: `${cores()}, ${browser.version()} headless, SwiftShader WebGL`,
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
    results.lighthouse = await measureLighthouse();
  }
  await writeResults(results);
}

await main();
