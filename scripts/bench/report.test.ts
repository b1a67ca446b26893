import { describe, expect, it } from 'vitest';
import { budgets } from './budgets';
import type { LighthouseResults, LighthouseRun } from './lighthouse-types';
import type { RouteBytes } from './measure';
import { toMarkdown } from './report';
import type { Results } from './results';

const route = (jsGzip: number, dataGzip = 0, files: string[] = []): RouteBytes => ({
  js: { raw: jsGzip * 3, gzip: jsGzip },
  css: { raw: 0, gzip: 0 },
  data: { raw: dataGzip * 3, gzip: dataGzip },
  files,
});

function results(map: RouteBytes, lighthouse?: LighthouseResults): Results {
  return {
    date: '2026-11-24T00:00:00.000Z',
    machine: 'test',
    routes: {
      map,
      dashboard: route(200, 0, ['/assets/dashboard-page-a.js']),
      present: route(200),
      ecosystem: route(500),
      reference: route(1000),
    },
    api: [],
    sizes: [],
    ...(lighthouse ? { lighthouse } : {}),
  };
}

const byName = (list: ReturnType<typeof budgets>, text: string) =>
  list.find((budget) => budget.name.includes(text));

describe('byte budgets', () => {
  it('holds the map route before the first touch to 0.4x the reference, and half with its shapes', () => {
    const under = budgets(results(route(380, 60)));
    expect(byName(under, 'map route JS before the first touch')).toMatchObject({
      ok: true,
      kind: 'bytes',
    });
    expect(byName(under, 'JS + map shapes')?.ok).toBe(true);
    const over = budgets(results(route(410, 100)));
    expect(byName(over, 'map route JS before the first touch')?.ok).toBe(false);
    expect(byName(over, 'JS + map shapes')).toMatchObject({ ok: false, kind: 'bytes' });
    expect(byName(over, 'JS + map shapes')?.detail).toContain('0.510x');
  });

  it('fails when the map route loads MapLibre before the first touch', () => {
    const eager = budgets(results(route(300, 0, ['/assets/maplibre-gl-x.js'])));
    expect(byName(eager, 'no MapLibre before the first touch')?.ok).toBe(false);
    expect(byName(budgets(results(route(300))), 'no MapLibre before')?.ok).toBe(true);
  });

  it('holds each other route to its ceiling', () => {
    const list = budgets(results(route(1000)));
    expect(byName(list, 'dashboard route JS')).toMatchObject({ ok: true, kind: 'bytes' });
    const heavy = results(route(1000));
    if (heavy.routes) heavy.routes.dashboard = route(400_000);
    expect(byName(budgets(heavy), 'dashboard route JS')?.ok).toBe(false);
  });

  it('fails a development build', () => {
    const dev = budgets(results(route(1000, 0, ['/assets/jsx-dev-runtime-x.js'])));
    expect(byName(dev, 'production build')?.ok).toBe(false);
    expect(byName(budgets(results(route(1000))), 'production build')?.ok).toBe(true);
  });
});

describe('Lighthouse goals', () => {
  const run = (
    routeName: string,
    preset: 'mobile' | 'desktop',
    performance: number,
  ): LighthouseRun => ({
    route: routeName,
    preset,
    performance,
    accessibility: 1,
    bestPractices: 1,
    fcpMs: 1000,
    lcpMs: 2000,
    tbtMs: 100,
    cls: 0,
    speedIndexMs: 1500,
    performanceRuns: [performance],
    failing: [],
    consoleErrors: [],
    warnings: [],
  });
  const lighthouse = (mobile: number): LighthouseResults => ({
    date: '2026-11-24T00:00:00.000Z',
    lighthouse: '12.8.2',
    chrome: '156',
    runs: 1,
    html: 'prerendered',
    developmentBuild: false,
    results: [run('/', 'mobile', mobile), run('/', 'desktop', 0.99)],
  });

  it('reports each goal as met or not met, never as a CI byte budget', () => {
    const met = budgets(results(route(300), lighthouse(0.96)));
    const goals = met.filter((budget) => budget.kind === 'lighthouse');
    expect(goals).toHaveLength(7);
    expect(goals.every((goal) => goal.ok)).toBe(true);
    const missed = budgets(results(route(300), lighthouse(0.7)));
    expect(byName(missed, 'mobile performance')).toMatchObject({ ok: false });
    expect(byName(missed, 'mobile performance')?.detail).toContain('/ 0.70');
    expect(toMarkdown(results(route(300), lighthouse(0.7)))).toContain(
      '| Lighthouse: mobile performance at least 0.95 | not met (reported, not enforced) |',
    );
  });
});
