// Prints the closing line of a CI run from its suites' JSON reports and exits non-zero when
// anything failed. Usage: tsx scripts/ci-summary.ts [--since MARKER] report.json ...
// With --since, a report older than the MARKER file (touched when the run began) is stale.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { summarise, summaryLine, type ReadReport, type Report } from './lib/ci-summary';

const args = process.argv.slice(2);
const sinceAt = args.indexOf('--since');
const marker = sinceAt >= 0 ? args.splice(sinceAt, 2)[1] : undefined;
const startedMs = marker && existsSync(marker) ? statSync(marker).mtimeMs : undefined;

function read(file: string): ReadReport {
  if (!existsSync(file)) return { file, kind: 'missing' };
  if (startedMs !== undefined && statSync(file).mtimeMs < startedMs) return { file, kind: 'stale' };
  try {
    return { file, kind: 'report', report: JSON.parse(readFileSync(file, 'utf8')) as Report };
  } catch {
    return { file, kind: 'unreadable' };
  }
}

const tally = summarise(args.map(read));
for (const note of tally.notes) console.log(note);
console.log(summaryLine(tally));
process.exitCode = tally.failed > 0 ? 1 : 0;
