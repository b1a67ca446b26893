// Sums the JSON reports of every suite .ci/run ran into one line: "N passed, N failed". A report
// that is missing or unreadable (its suite crashed, or was never reached) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests?: number;
}
interface PlainReport {
  passed: number;
  failed: number;
}
interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
}

let passed = 0;
let failed = 0;
let skipped = 0;
function read(file: string): VitestReport | PlaywrightReport | PlainReport | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as VitestReport | PlaywrightReport | PlainReport;
  } catch {
    return undefined;
  }
}

for (const file of process.argv.slice(2)) {
  const report = read(file);
  if (!report) {
    console.log(`no report in ${file}: counted as 1 failed`);
    failed += 1;
    continue;
  }
  if ('passed' in report) {
    passed += report.passed;
    failed += report.failed;
  } else if ('stats' in report) {
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
    skipped += report.stats.skipped;
  } else {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  }
}
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 ? 1 : 0;
