// The benchmark's results, their Markdown table, and the budgets they are held to.
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
  routes: Record<'map' | 'dashboard' | 'present' | 'ecosystem' | 'reference', RouteBytes>;
  /** gzip bytes per ecosystem in ecosystems.json, for each dataset measured. */
  api: { ecosystems: number; gzipBytesPerEcosystem: number }[];
  sizes: SizeResult[];
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value: number) => `${Math.round(value)} ms`;
const MAPLIBRE = /maplibre-gl/;
const RECHARTS = /recharts|region-chart|charts/;

export interface Budget {
  name: string;
  ok: boolean;
  detail: string;
  /** Byte budgets are deterministic and run in CI; timing budgets are reported only. */
  kind: 'bytes' | 'timing';
}

export function budgets(results: Results): Budget[] {
  const { map, dashboard, reference } = results.routes;
  const ratio = map.js.gzip / reference.js.gzip;
  const list: Budget[] = [
    {
      name: 'map route JS (gzip) at most 1.15x the reference map app',
      ok: ratio <= 1.15,
      detail: `${kB(map.js.gzip)} vs ${kB(reference.js.gzip)}: ${ratio.toFixed(3)}x`,
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
  ];
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
  return list;
}

export function toMarkdown(results: Results): string {
  const lines = [
    `Measured ${results.date.slice(0, 10)} on ${results.machine}.`,
    '',
    '| route | JS raw | JS gzip | CSS gzip | basemap file gzip |',
    '|---|---|---|---|---|',
  ];
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
    const total = map.js.gzip + mapData;
    lines.push(
      '',
      `The reference app carries the basemap inside its JS; the map route fetches it as a GeoJSON file that MapLibre's worker parses. Counting that file, the map route downloads ${kB(total)}: ${(total / reference.js.gzip).toFixed(3)}x the reference.`,
    );
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
  lines.push('', '| budget | result | measured |', '|---|---|---|');
  for (const budget of budgets(results)) {
    const detail = budget.detail.includes('/assets/')
      ? 'checked against the files each route loads'
      : budget.detail;
    lines.push(`| ${budget.name} | ${budget.ok ? 'met' : 'missed'} | ${detail} |`);
  }
  return `${lines.join('\n')}\n`;
}
