// The benchmark's results as Markdown (bench/results.md): the bytes per route, the timings per
// dataset size, Lighthouse, and every budget with whether it was met.
import { budgets, mapRouteTotal } from './budgets';
import { kB, ms } from './format';
import { lighthouseMarkdown } from './lighthouse-markdown';
import type { RouteBytes } from './measure';
import type { Latency, Results } from './results';

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
