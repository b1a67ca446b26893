// The Lighthouse goals (issue 18) and the budgets that compare each route's mobile and desktop
// runs with them: reported by `npm run bench`, never enforced in CI.
import { ms, score, seconds } from './format';
import type { LighthouseResults, LighthouseRun } from './lighthouse-types';
import type { Budget } from './results';

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

export function lighthouseBudgets(lighthouse: LighthouseResults): Budget[] {
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
