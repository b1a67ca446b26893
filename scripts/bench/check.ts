// npm run bench:check: measures the bytes each route downloads (deterministic) and fails when
// a byte budget is missed. It does not time anything: the timing budgets of the last full
// `npm run bench` (bench/results.json) are printed for information and never pass or fail CI.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { budgets, type Results } from './report';

const OUT = 'bench/out/check.json';
const build = existsSync('dist/index.html') ? ['--skip-build'] : [];
if (build.length > 0)
  execFileSync('npx', ['vite', 'build', '--config', 'scripts/bench/reference/vite.config.ts'], {
    stdio: 'inherit',
  });
execFileSync('npx', ['tsx', 'scripts/bench/run.ts', '--bytes-only', '--out', OUT, ...build], {
  stdio: 'inherit',
});

const bytes = JSON.parse(readFileSync(OUT, 'utf8')) as Results;
let failed = 0;
for (const budget of budgets(bytes)) {
  const detail = budget.detail.includes('/assets/') ? '' : ` (${budget.detail})`;
  console.log(`${budget.ok ? 'ok  ' : 'MISS'} ${budget.name}${detail}`);
  if (!budget.ok) failed += 1;
}
if (existsSync('bench/results.json')) {
  const full = JSON.parse(readFileSync('bench/results.json', 'utf8')) as Results;
  for (const budget of budgets(full).filter((item) => item.kind === 'timing')) {
    console.log(
      `info ${budget.ok ? 'met ' : 'over'} ${budget.name} (${budget.detail}): not measured here, copied from the last npm run bench (${full.date.slice(0, 10)}); not checked`,
    );
  }
}
const total = budgets(bytes).length;
console.log(`bench:check: ${total - failed} passed, ${failed} failed`);
writeFileSync('bench/out/check-summary.json', JSON.stringify({ passed: total - failed, failed }));
process.exitCode = failed > 0 ? 1 : 0;
