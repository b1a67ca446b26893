// The Lighthouse part of the benchmark's Markdown report: the table of routes and presets, and
// the failing audits, console errors, LCP elements and warnings Lighthouse saw.
import { ms, score, seconds } from './format';
import type { LighthouseResults, LighthouseRun } from './lighthouse-types';

export function lighthouseMarkdown(lighthouse: LighthouseResults): string[] {
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
