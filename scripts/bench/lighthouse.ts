// Lighthouse 12 on the production build: `dist/` served compressed by the benchmark's static
// server, the Debian Chromium launched by chrome-launcher, each route with the mobile preset
// (Lighthouse's default config: simulated slow 4G, 4x CPU slowdown) and the desktop preset.
// Run on its own (`npm run bench -- --lighthouse-only`) or as the last part of `npm run bench`.
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { medianRun, summarize } from './lighthouse-summary';
import type { LighthouseResults, LighthouseRun, Preset } from './lighthouse-types';
import { warmUp } from './compression';
import { serve } from './serve';

export const LIGHTHOUSE_ROUTES = [
  '/',
  '/dashboard',
  '/ecosystems/south-denmark-ehealth-ecosystem',
  '/events',
  '/present',
  '/about',
] as const;

export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

export async function runLighthouse({
  root = 'dist',
  reference,
  port = 4320,
  routes = LIGHTHOUSE_ROUTES,
  presets = ['mobile', 'desktop'],
  runs = 1,
  reports = 'bench/out/lighthouse',
  compress = true,
}: {
  root?: string;
  /** The reference map app's build: its page is measured too, when the folder exists. */
  reference?: string;
  port?: number;
  routes?: readonly string[];
  presets?: Preset[];
  runs?: number;
  /** Folder for each run's full Lighthouse report (JSON), for a closer look. */
  reports?: string;
  /** Brotli/gzip as a static host sends them (false: all uncompressed, as `vite preview`). */
  compress?: boolean;
} = {}): Promise<LighthouseResults> {
  const developmentBuild = (await readdir(path.join(root, 'assets'))).some((file) =>
    file.includes('jsx-dev-runtime'),
  );
  if (developmentBuild)
    console.warn(
      `lighthouse: ${root} is a development build (NODE_ENV=development): its figures are not comparable`,
    );
  await mkdir(reports, { recursive: true });
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
    logLevel: 'error',
  });
  let version = '';
  /** Each route with each preset, `runs` times: the median run of each. */
  async function measure(
    site: string,
    serverPort: number,
    label: string,
    paths: readonly string[],
  ) {
    const server = await serve({ root: site, port: serverPort, compress, headers: true });
    const origin = `http://127.0.0.1:${serverPort}`;
    const measured: LighthouseRun[] = [];
    try {
      await warmUp(origin, site);
      for (const route of paths) {
        for (const preset of presets) {
          const lhrs: Result[] = [];
          for (let run = 0; run < runs; run += 1) {
            const started = Date.now();
            const result = await lighthouse(
              origin + route,
              { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
              preset === 'desktop' ? desktopConfig : undefined,
            );
            if (!result) throw new Error(`Lighthouse returned nothing for ${route} (${preset})`);
            lhrs.push(result.lhr);
            const name = `${label}${preset}${route === '/' ? '-home' : route.replaceAll('/', '-')}-${run + 1}.json`;
            await writeFile(path.join(reports, name), JSON.stringify(result.lhr));
            const score = result.lhr.categories.performance?.score;
            console.log(
              `lighthouse: ${label}${route} ${preset} run ${run + 1}/${runs}: performance ${score ?? '–'} (${Math.round((Date.now() - started) / 1000)} s)`,
            );
          }
          const lhr = medianRun(lhrs);
          if (!lhr) continue;
          version = lhr.lighthouseVersion;
          measured.push(summarize(route, preset, lhr, lhrs));
        }
      }
    } finally {
      server.close();
    }
    return measured;
  }
  try {
    const browser = (await (
      await fetch(`http://127.0.0.1:${chrome.port}/json/version`)
    ).json()) as { Browser?: string };
    const results = await measure(root, port, '', routes);
    const floor =
      reference && (await exists(path.join(reference, 'index.html')))
        ? await measure(reference, port + 1, 'reference-', ['/'])
        : undefined;
    return {
      date: new Date().toISOString(),
      lighthouse: version,
      chrome: browser.Browser?.replace(/^[^/]*\//, '') ?? '',
      runs,
      html: await prerendered(root, routes),
      developmentBuild,
      results,
      ...(floor ? { reference: floor } : {}),
    };
  } finally {
    chrome.kill();
  }
}

const exists = (file: string) =>
  stat(file).then(
    (info) => info.isFile(),
    () => false,
  );

/** Whether dist/ held a page of its own for the routes (prerendered) or only index.html. */
async function prerendered(
  root: string,
  routes: readonly string[],
): Promise<LighthouseResults['html']> {
  for (const route of routes.filter((route) => route !== '/')) {
    const page = path.join(root, route);
    if ((await exists(`${page}.html`)) || (await exists(path.join(page, 'index.html'))))
      return 'prerendered';
  }
  // `/` alone: its own HTML says whether it was prerendered.
  const home = await readFile(path.join(root, 'index.html'), 'utf8').catch(() => '');
  return home.includes('data-prerendered=') ? 'prerendered' : 'single-page app';
}
