// The command line of `npm run bench` (scripts/bench/run.ts; its options are listed there),
// parsed once, and what the benchmark's phases share from it: the build measured, the output
// folder, the Lighthouse routes, and a way to run a command in the foreground.
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { LIGHTHOUSE_ROUTES } from './lighthouse';

export const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '40,1000,10000,100000' },
    'bytes-only': { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
    'skip-lighthouse': { type: 'boolean', default: false },
    'lighthouse-only': { type: 'boolean', default: false },
    'lighthouse-runs': { type: 'string', default: '3' },
    'lighthouse-routes': { type: 'string', default: LIGHTHOUSE_ROUTES.join(',') },
    dist: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'bench/results.json' },
  },
});
export const OUT = 'bench/out';
export const DIST = values.dist;
export const run = (command: string, args: string[], env: Record<string, string> = {}) =>
  execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
export const lighthouseRoutes = values['lighthouse-routes'].split(',').filter(Boolean);
