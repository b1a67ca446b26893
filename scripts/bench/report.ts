// The benchmark's results, their Markdown table, and the budgets they are held to.
import type { LighthouseResults, LighthouseRun } from './lighthouse';
import type { RouteBytes } from './measure';

export interface Latency {
  p50: number;
  p95: number;
  n: number;
}

export interface SizeResult {
  size: number;
  firstMapIdleMs: number;
  filter: Latency;
  search: Latency;
  openEcosystem: Latency;
  dashboardChartsMs: number;
  heapBytes: number;
  gzipBytesPerEcosystem: number;
}

export interface Results {
  date: string;
  machine: string;
  /** Absent when only Lighthouse has been run. */
  routes?: Record<'map' | 'dashboard' | 'present' | 'ecosystem' | 'reference', RouteBytes> & {
    /** `/` once the visitor has touched the map: the WebGL map's share on top of `map`. */
    mapTouched?: RouteBytes;
  };
  /** gzip bytes per ecosystem in ecosystems.json, for each dataset measured. */
  api: { ecosystems: number; gzipBytesPerEcosystem: number }[];
  sizes: SizeResult[];
  /** Lighthouse per route and preset (`npm run bench`, or `npm run bench -- --lighthouse-only`). */
  lighthouse?: LighthouseResults;
}

/** The Lighthouse goals (issue 18): reported by `npm run bench`, not enforced in CI. */
export const LIGHTHOUSE_GOALS = {
  mobilePerformance: 0.95,
  mobileLcpMs: 2200,
  mobileTbtMs: 150,
  mobileCls: 0,
  desktopPerformance: 0.98,
  accessibility: 1,
  bestPractices: 1,
};

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value: number) => `${Math.round(value)} ms`;
const MAPLIBRE = /maplibre-gl/;
const RECHARTS = /recharts|region-chart|charts/;
/** React's development JSX runtime: its chunk is in a build made with NODE_ENV=development. */
const DEVELOPMENT = /jsx-dev-runtime/;

export interface Budget {
  name: string;
  ok: boolean;
  detail: string;
  /**
   * Byte budgets are deterministic and run in CI; timing and Lighthouse budgets are reported by
   * `npm run bench` only.
   */
  kind: 'bytes' | 'timing' | 'lighthouse' | 'target';
}

/**
 * Map route JS plus the map's shapes file it fetches before the first touch (the SVG map's),
 * gzip: what a phone downloads for the map beside the reference app's JS.
 */
export function mapRouteTotal(routes: NonNullable<Results['routes']>): number {
  return routes.map.js.gzip + ((routes.map as Partial<RouteBytes>).data?.gzip ?? 0);
}

/**
 * Ceilings per route, gzip bytes of JS, a little above what each route downloads today: any
 * growth past them fails CI and has to be argued for (or paid back) in the change that makes it.
 */
export const ROUTE_JS_CEILINGS = {
  dashboard: 320_000,
  // Raised from 190 000 with issue 22: each slide's QR code (the encoder, about 9 kB, drawn in
  // the prerendered HTML too) and the growth slide's year-by-year map.
  present: 212_000,
  ecosystem: 652_000,
} as const;

/**
 * The map route's enforced ceiling before the first touch, a little above today's 0.37x; the
 * goal (issue 18) is at most half the reference app, shapes file included.
 */
export const MAP_JS_CEILING = 0.4;
const MAP_GOAL = 0.5;

function byteBudgets(routes: NonNullable<Results['routes']>): Budget[] {
  const { map, dashboard, reference } = routes;
  const ratio = map.js.gzip / reference.js.gzip;
  const total = mapRouteTotal(routes);
  const totalRatio = total / reference.js.gzip;
  return [
    {
      name: `map route JS before the first touch (gzip, a phone) at most ${MAP_JS_CEILING}x the reference map app`,
      ok: ratio <= MAP_JS_CEILING,
      detail: `${kB(map.js.gzip)} vs ${kB(reference.js.gzip)}: ${ratio.toFixed(3)}x`,
      kind: 'bytes',
    },
    {
      name: 'the map route downloads no MapLibre before the first touch',
      ok: !map.files.some((file) => MAPLIBRE.test(file)),
      detail: map.files.join(' '),
      kind: 'bytes',
    },
    ...Object.entries(ROUTE_JS_CEILINGS).map(([route, ceiling]): Budget => ({
      name: `${route} route JS (gzip) at most ${kB(ceiling)}`,
      ok: routes[route as keyof typeof ROUTE_JS_CEILINGS].js.gzip <= ceiling,
      detail: kB(routes[route as keyof typeof ROUTE_JS_CEILINGS].js.gzip),
      kind: 'bytes',
    })),
    {
      name: `map route JS + map shapes before the first touch (gzip) at most ${MAP_GOAL}x the reference map app`,
      ok: totalRatio <= MAP_GOAL,
      detail: `${kB(total)} vs ${kB(reference.js.gzip)}: ${totalRatio.toFixed(3)}x`,
      kind: 'bytes',
    },
    {
      name: 'the dashboard downloads no MapLibre',
      ok: !dashboard.files.some((file) => MAPLIBRE.test(file)),
      detail: dashboard.files.join(' '),
      kind: 'bytes',
    },
    {
      name: 'the map downloads no Recharts',
      ok: !map.files.some((file) => RECHARTS.test(file)),
      detail: map.files.join(' '),
      kind: 'bytes',
    },
    {
      // A build made with NODE_ENV=development ships React's development runtime (about 100 kB
      // more gzip on the map route): every byte figure above would be wrong.
      name: 'a production build (no React development runtime on the map route)',
      ok: !map.files.some((file) => DEVELOPMENT.test(file)),
      detail: map.files.join(' '),
      kind: 'bytes',
    },
  ];
}

const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;
const score = (value: number | null) => (value === null ? '–' : value.toFixed(2));

function lighthouseBudgets(lighthouse: LighthouseResults): Budget[] {
  const goals = LIGHTHOUSE_GOALS;
  const of = (preset: LighthouseRun['preset']) =>
    lighthouse.results.filter((run) => run.preset === preset);
  const check = (
    name: string,
    runs: LighthouseRun[],
    value: (run: LighthouseRun) => number | null,
    ok: (value: number) => boolean,
    show: (value: number) => string,
  ): Budget => {
    const values = runs.map((run) => ({ run, value: value(run) }));
    const misses = values.filter(({ value: v }) => v === null || !ok(v));
    const shown = (v: number | null) => (v === null ? '–' : show(v));
    // Goals held on both presets show each route once: "mobile / desktop".
    const routes = [...new Set(runs.map((run) => run.route))];
    const mixed = new Set(runs.map((run) => run.preset)).size > 1;
    const label = (route: string) =>
      values
        .filter(({ run }) => run.route === route)
        .map(({ value: v }) => shown(v))
        .join(' / ');
    const listed = misses.length > 0 ? [...new Set(misses.map(({ run }) => run.route))] : routes;
    return {
      name: `Lighthouse: ${name}`,
      ok: runs.length > 0 && misses.length === 0,
      detail: `${misses.length > 0 ? `${misses.length} of ${values.length} miss${mixed ? ' (mobile / desktop)' : ''}: ` : mixed ? 'mobile / desktop: ' : ''}${listed.map((route) => `${route} ${label(route)}`).join(', ')}`,
      kind: 'lighthouse',
    };
  };
  const mobile = of('mobile');
  const both = lighthouse.results;
  return [
    check(
      `mobile performance at least ${goals.mobilePerformance}`,
      mobile,
      (run) => run.performance,
      (v) => v >= goals.mobilePerformance,
      score,
    ),
    check(
      `mobile LCP at most ${seconds(goals.mobileLcpMs)}`,
      mobile,
      (run) => run.lcpMs,
      (v) => v <= goals.mobileLcpMs,
      seconds,
    ),
    check(
      `mobile TBT at most ${goals.mobileTbtMs} ms`,
      mobile,
      (run) => run.tbtMs,
      (v) => v <= goals.mobileTbtMs,
      ms,
    ),
    check(
      `mobile CLS at most ${goals.mobileCls}`,
      mobile,
      (run) => run.cls,
      (v) => v <= goals.mobileCls,
      (v) => v.toFixed(3),
    ),
    check(
      `desktop performance at least ${goals.desktopPerformance}`,
      of('desktop'),
      (run) => run.performance,
      (v) => v >= goals.desktopPerformance,
      score,
    ),
    check(
      'accessibility 1.0 (both presets)',
      both,
      (run) => run.accessibility,
      (v) => v >= goals.accessibility,
      score,
    ),
    check(
      'best practices 1.0 (both presets)',
      both,
      (run) => run.bestPractices,
      (v) => v >= goals.bestPractices,
      score,
    ),
  ];
}

export function budgets(results: Results): Budget[] {
  const list: Budget[] = results.routes ? byteBudgets(results.routes) : [];
  const real = results.sizes.find((size) => size.size < 1000);
  const tenK = results.sizes.find((size) => size.size === 10_000);
  for (const api of results.api) {
    list.push({
      name: `at most 200 gzip bytes per ecosystem in ecosystems.json (${api.ecosystems.toLocaleString('en-GB')} ecosystems)`,
      ok: api.gzipBytesPerEcosystem <= 200,
      detail: `${api.gzipBytesPerEcosystem.toFixed(0)} B`,
      kind: 'bytes',
    });
  }
  if (real && tenK) {
    list.push(
      {
        name: 'filter p95 at 10,000 at most 2x that at the real data, and under 100 ms',
        ok: tenK.filter.p95 <= 2 * real.filter.p95 && tenK.filter.p95 < 100,
        detail: `${ms(tenK.filter.p95)} vs ${ms(real.filter.p95)}`,
        kind: 'timing',
      },
      {
        name: 'first map idle at 10,000 at most 1.5x that at the real data',
        ok: tenK.firstMapIdleMs <= 1.5 * real.firstMapIdleMs,
        detail: `${ms(tenK.firstMapIdleMs)} vs ${ms(real.firstMapIdleMs)}`,
        kind: 'timing',
      },
    );
  }
  if (results.lighthouse) list.push(...lighthouseBudgets(results.lighthouse));
  return list;
}

function lighthouseMarkdown(lighthouse: LighthouseResults): string[] {
  const lines = [
    ...(lighthouse.developmentBuild
      ? [
          '**This build was made with NODE_ENV=development (React development runtime): these Lighthouse figures are not comparable.**',
          '',
        ]
      : []),
    `Lighthouse ${lighthouse.lighthouse}, Chromium ${lighthouse.chrome}, measured ${lighthouse.date.slice(0, 10)}: ${lighthouse.runs === 1 ? 'one load' : `of ${lighthouse.runs} loads, the one with the median performance score,`} per route and preset; \`dist/\` held ${lighthouse.html === 'prerendered' ? 'prerendered HTML per route' : "the single-page app's index.html only"}, served brotli-compressed over loopback. Mobile is Lighthouse's default (simulated slow 4G, 4x CPU slowdown); desktop its desktop preset. Accessibility and best practices are the mobile run's (the desktop run's in brackets where it differs); with several loads, the range of their performance scores is in brackets.`,
    '',
    '| route | mobile perf | FCP | LCP | TBT | CLS | Speed Index | desktop perf | desktop LCP | a11y | best practices |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  const both = (a: number | null | undefined, b: number | null | undefined) =>
    b === undefined || b === a ? score(a ?? null) : `${score(a ?? null)} (${score(b)})`;
  // With several loads, the range of their scores beside the median run's.
  const perf = (run: LighthouseRun) => {
    const scores = run.performanceRuns.filter((value) => value !== null);
    const low = Math.min(...scores);
    const high = Math.max(...scores);
    return scores.length > 1 && low !== high
      ? `${score(run.performance)} (${score(low)}–${score(high)})`
      : score(run.performance);
  };
  const row = (label: string, runs: LighthouseRun[]) => {
    const mobile = runs.find((run) => run.preset === 'mobile');
    const desktop = runs.find((run) => run.preset === 'desktop');
    const m = (value: (run: LighthouseRun) => string) => (mobile ? value(mobile) : '–');
    return `| ${label} | ${m(perf)} | ${m((run) => seconds(run.fcpMs))} | ${m((run) => seconds(run.lcpMs))} | ${m((run) => ms(run.tbtMs))} | ${m((run) => run.cls.toFixed(3))} | ${m((run) => seconds(run.speedIndexMs))} | ${desktop ? perf(desktop) : '–'} | ${desktop ? seconds(desktop.lcpMs) : '–'} | ${both(mobile?.accessibility ?? desktop?.accessibility, desktop?.accessibility)} | ${both(mobile?.bestPractices ?? desktop?.bestPractices, desktop?.bestPractices)} |`;
  };
  for (const route of new Set(lighthouse.results.map((run) => run.route)))
    lines.push(
      row(
        `\`${route}\``,
        lighthouse.results.filter((run) => run.route === route),
      ),
    );
  if (lighthouse.reference) lines.push(row('reference map app (the floor)', lighthouse.reference));
  const failing = new Map<string, string[]>();
  for (const run of lighthouse.results)
    for (const audit of run.failing)
      failing.set(audit, [...(failing.get(audit) ?? []), `${run.route} (${run.preset})`]);
  if (failing.size > 0) {
    lines.push('', 'Audits that cost accessibility or best-practice points:', '');
    for (const [audit, where] of failing)
      lines.push(
        `- ${audit}: ${where.length === lighthouse.results.length ? 'every route, both presets' : where.join(', ')}`,
      );
  }
  const errors = new Map<string, string[]>();
  for (const run of lighthouse.results)
    for (const error of run.consoleErrors)
      errors.set(error, [
        ...new Set([...(errors.get(error) ?? []), `${run.route} (${run.preset})`]),
      ]);
  if (errors.size > 0) {
    lines.push('', 'Console errors Lighthouse saw (first line):', '');
    for (const [error, where] of errors)
      lines.push(
        `- \`${error.replace(/`/g, "'")}\`: ${where.length === lighthouse.results.length ? 'every route, both presets' : where.join(', ')}`,
      );
  }
  const lcp = lighthouse.results.filter((run) => run.preset === 'mobile' && run.lcpElement);
  if (lcp.length > 0) {
    lines.push('', 'Largest contentful paint element (mobile):', '');
    for (const run of lcp)
      lines.push(
        `- \`${run.route}\`: \`${(run.lcpElement ?? '').replace(/`/g, "'").slice(0, 140)}\``,
      );
  }
  const warnings = lighthouse.results.filter((run) => run.warnings.length > 0);
  if (warnings.length > 0) {
    lines.push('', 'Lighthouse warnings:', '');
    for (const run of warnings)
      lines.push(`- \`${run.route}\` (${run.preset}): ${run.warnings.join('; ')}`);
  }
  return lines;
}

export function toMarkdown(results: Results): string {
  const lines = [`Measured ${results.date.slice(0, 10)} on ${results.machine}.`];
  if (results.routes) {
    lines.push(
      '',
      '| route | JS raw | JS gzip | CSS gzip | map shapes file gzip |',
      '|---|---|---|---|---|',
    );
    for (const [name, route] of Object.entries(results.routes)) {
      // Results from before the basemap became a file have no `data`.
      const data = (route as Partial<RouteBytes>).data?.gzip ?? 0;
      lines.push(
        `| ${name === 'reference' ? 'reference map app (the floor)' : name} | ${kB(route.js.raw)} | ${kB(route.js.gzip)} | ${kB(route.css.gzip)} | ${data > 0 ? kB(data) : '–'} |`,
      );
    }
    const { map, reference } = results.routes;
    const mapData = (map as Partial<RouteBytes>).data?.gzip ?? 0;
    if (mapData > 0) {
      const total = mapRouteTotal(results.routes);
      lines.push(
        '',
        `\`map\` is \`/\` on a phone before the visitor touches the map: the SVG map, its shapes file (the "basemap file" column) and no MapLibre; \`mapTouched\` is \`/\` once the map is touched (MapLibre, its worker and the 1:110m GeoJSON). The reference app carries its basemap inside its JS. Before the first touch the map route downloads ${kB(total)}: ${(total / reference.js.gzip).toFixed(3)}x the reference.`,
      );
    }
  }
  if (results.sizes.length > 0) {
    lines.push(
      '',
      '| ecosystems | first map idle | filter p50 / p95 | search p50 / p95 | open p50 / p95 | dashboard charts | JS heap | gzip B / ecosystem |',
      '|---|---|---|---|---|---|---|---|',
    );
    for (const size of results.sizes) {
      const pair = (latency: Latency) => `${ms(latency.p50)} / ${ms(latency.p95)}`;
      lines.push(
        `| ${size.size.toLocaleString('en-GB')} | ${ms(size.firstMapIdleMs)} | ${pair(size.filter)} | ${pair(size.search)} | ${pair(size.openEcosystem)} | ${ms(size.dashboardChartsMs)} | ${(size.heapBytes / 2 ** 20).toFixed(1)} MB | ${size.gzipBytesPerEcosystem.toFixed(0)} |`,
      );
    }
  }
  if (results.lighthouse) lines.push('', ...lighthouseMarkdown(results.lighthouse));
  lines.push('', '| budget | result | measured |', '|---|---|---|');
  for (const budget of budgets(results)) {
    const detail = budget.detail.includes('/assets/')
      ? 'checked against the files each route loads'
      : budget.detail;
    const where = budget.kind === 'bytes' ? 'checked in CI' : 'reported, not enforced';
    lines.push(`| ${budget.name} | ${budget.ok ? 'met' : 'not met'} (${where}) | ${detail} |`);
  }
  return `${lines.join('\n')}\n`;
}
