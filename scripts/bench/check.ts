// npm run bench:check: measures the bytes each route downloads (deterministic) and fails when
// a byte budget is missed: the map route's JS on a phone before the first touch (the SVG map,
// no MapLibre) at most 0.4x the reference map app and, with the map's shapes file, at most half
// of it; each other route under its ceiling; no MapLibre on the dashboard, no Recharts on the map.
// It does not time anything: the timing and Lighthouse budgets of the last `npm run bench`
// (bench/results.json) are printed for information and never pass or fail CI.
// `npm run bench:check -- --dist <dir>` checks a copy of a build.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { budgets } from './budgets';
import type { Results } from './results';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const OUT = 'bench/out/check.json';
const build = existsSync(path.join(values.dist, 'index.html')) ? ['--skip-build'] : [];
if (build.length > 0)
  execFileSync('npx', ['vite', 'build', '--config', 'scripts/bench/reference/vite.config.ts'], {
    stdio: 'inherit',
  });
execFileSync(
  'npx',
  ['tsx', 'scripts/bench/run.ts', '--bytes-only', '--out', OUT, '--dist', values.dist, ...build],
  { stdio: 'inherit' },
);

const bytes = JSON.parse(readFileSync(OUT, 'utf8')) as Results;
const checked = budgets(bytes).filter((budget) => budget.kind === 'bytes');
let failed = 0;
for (const budget of checked) {
  const detail = budget.detail.includes('/assets/') ? '' : ` (${budget.detail})`;
  console.log(`${budget.ok ? 'ok  ' : 'MISS'} ${budget.name}${detail}`);
  if (!budget.ok) failed += 1;
}
for (const budget of budgets(bytes).filter((item) => item.kind === 'target')) {
  console.log(
    `info ${budget.ok ? 'met ' : 'over'} ${budget.name} (${budget.detail}): a target, not yet enforced`,
  );
}
if (existsSync('bench/results.json')) {
  const full = JSON.parse(readFileSync('bench/results.json', 'utf8')) as Results;
  for (const budget of budgets(full).filter((item) => item.kind !== 'bytes')) {
    const date = budget.kind === 'lighthouse' ? full.lighthouse?.date : full.date;
    console.log(
      `info ${budget.ok ? 'met ' : 'not met'} ${budget.name} (${budget.detail}): not measured here, copied from the last npm run bench (${date?.slice(0, 10) ?? '?'}); not checked`,
    );
  }
}
const total = checked.length;
console.log(`bench:check: ${total - failed} passed, ${failed} failed`);
writeFileSync('bench/out/check-summary.json', JSON.stringify({ passed: total - failed, failed }));
process.exitCode = failed > 0 ? 1 : 0;
