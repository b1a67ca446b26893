// Lighthouse 12 on the production build: `dist/` served compressed by the benchmark's static
// server, the Debian Chromium launched by chrome-launcher, each route with the mobile preset
// (Lighthouse's default config: simulated slow 4G, 4x CPU slowdown) and the desktop preset.
// Run on its own (`npm run bench -- --lighthouse-only`) or as the last part of `npm run bench`.
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { serve, warmUp } from './serve';

export const LIGHTHOUSE_ROUTES = [
  '/',
  '/dashboard',
  '/ecosystems/south-denmark-ehealth-ecosystem',
  '/events',
  '/present',
  '/about',
] as const;

export type Preset = 'mobile' | 'desktop';

export interface LighthouseRun {
  route: string;
  preset: Preset;
  /** Category scores, 0 to 1. */
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  /** Metrics in ms (CLS unitless), as Lighthouse reports them (simulated for mobile). */
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
  /** Performance score of every load (the median run's figures are the ones above). */
  performanceRuns: (number | null)[];
  /** The largest contentful paint's element, as Lighthouse describes it. */
  lcpElement?: string;
  /** Audits that cost points in accessibility and best practices. */
  failing: string[];
  /** What Lighthouse's errors-in-console audit saw (first line of each). */
  consoleErrors: string[];
  warnings: string[];
}

export interface LighthouseResults {
  date: string;
  lighthouse: string;
  chrome: string;
  /** Loads per route and preset; with more than one, the run with the median performance score. */
  runs: number;
  /** Which HTML dist/ held: prerendered per route, or the single-page app's index.html only. */
  html: 'prerendered' | 'single-page app';
  /** The build was made with NODE_ENV=development (React's development runtime): not comparable. */
  developmentBuild: boolean;
  results: LighthouseRun[];
  /** The reference map app (React + react-map-gl + MapLibre, nothing else), same conditions. */
  reference?: LighthouseRun[];
}

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

/**
 * The run with the median performance score (ties: the median LCP), so a goal on the score reads
 * the middle load. (Lighthouse's own core/lib/median-run.js picks the run nearest the median
 * FCP and TTI instead, whose score can be the best or the worst of three.)
 */
export function medianRun(runs: Result[]): Result | undefined {
  const key = (lhr: Result) => [
    lhr.categories.performance?.score ?? -1,
    -(lhr.audits['largest-contentful-paint']?.numericValue ?? Infinity),
  ];
  const sorted = [...runs].sort((a, b) => {
    const [scoreA = 0, lcpA = 0] = key(a);
    const [scoreB = 0, lcpB = 0] = key(b);
    return scoreA - scoreB || lcpA - lcpB;
  });
  return sorted[Math.floor(sorted.length / 2)];
}

/** The first DOM node a Lighthouse audit's details name (its HTML snippet). */
function findNode(details: unknown): string | undefined {
  if (!details || typeof details !== 'object') return undefined;
  const value = details as { type?: unknown; snippet?: string; nodeLabel?: string };
  if (value.type === 'node') return value.snippet ?? value.nodeLabel ?? '';
  for (const child of Object.values(details as Record<string, unknown>)) {
    const found = findNode(child);
    if (found !== undefined) return found;
  }
  return undefined;
}

function summarize(route: string, preset: Preset, lhr: Result, all: Result[]): LighthouseRun {
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const failing = ['accessibility', 'best-practices'].flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit && audit.score !== null && audit.score < 1)
      .map((audit) => `${category}: ${audit?.id ?? ''}`),
  );
  const node =
    findNode(lhr.audits['largest-contentful-paint-element']?.details) ??
    findNode(lhr.audits['lcp-breakdown-insight']?.details);
  const consoleErrors = (
    (lhr.audits['errors-in-console']?.details as { items?: { description?: string }[] } | undefined)
      ?.items ?? []
  ).map((item) => (item.description ?? '').split('\n')[0]?.slice(0, 200) ?? '');
  return {
    route,
    preset,
    performance: lhr.categories.performance?.score ?? null,
    accessibility: lhr.categories.accessibility?.score ?? null,
    bestPractices: lhr.categories['best-practices']?.score ?? null,
    fcpMs: metric('first-contentful-paint'),
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    speedIndexMs: metric('speed-index'),
    performanceRuns: all.map((run) => run.categories.performance?.score ?? null),
    ...(node ? { lcpElement: node } : {}),
    failing,
    consoleErrors,
    warnings: [
      ...lhr.runWarnings.map(String),
      ...(lhr.runtimeError ? [`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`] : []),
    ],
  };
}

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
