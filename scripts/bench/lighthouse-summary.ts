// From Lighthouse's reports to the benchmark's figures: the median of several loads, and one
// route and preset's scores, metrics, failing audits, console errors and LCP element.
import type { Result } from 'lighthouse';
import type { LighthouseRun, Preset } from './lighthouse-types';

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

export function summarize(
  route: string,
  preset: Preset,
  lhr: Result,
  all: Result[],
): LighthouseRun {
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
