// Sums the JSON reports of the suites a CI run ran into one line, "N passed, N failed". Counts
// what the per-test numbers miss: a test file that did not load (Vitest), a spec that did not
// compile or a run that errored outside any test (Playwright), and a report older than the run.

interface VitestFile {
  status: string;
  message?: string;
  assertionResults: { status: string }[];
}
interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests?: number;
  testResults?: VitestFile[];
}
interface PlainReport {
  passed: number;
  failed: number;
}
interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors?: { message?: string }[];
}
export type Report = VitestReport | PlainReport | PlaywrightReport;

export interface Tally {
  passed: number;
  failed: number;
  skipped: number;
  /** One line per failure the per-test counts do not show. */
  notes: string[];
}

/** A report as read from disk: missing, stale (written before this run) or its parsed JSON. */
export type ReadReport =
  | { file: string; kind: 'missing' }
  | { file: string; kind: 'stale' }
  | { file: string; kind: 'unreadable' }
  | { file: string; kind: 'report'; report: Report };

function tallyVitest(report: VitestReport, file: string, tally: Tally): void {
  tally.passed += report.numPassedTests;
  tally.failed += report.numFailedTests;
  tally.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  for (const result of report.testResults ?? []) {
    const failedTests = result.assertionResults.filter((test) => test.status === 'failed');
    if (result.status === 'failed' && failedTests.length === 0) {
      tally.failed += 1;
      const reason = (result.message ?? '').split('\n')[0] || 'no test ran';
      tally.notes.push(`${file}: a test file failed to load (${reason})`);
    }
  }
}

function tallyPlaywright(report: PlaywrightReport, file: string, tally: Tally): void {
  tally.passed += report.stats.expected + report.stats.flaky;
  tally.failed += report.stats.unexpected;
  tally.skipped += report.stats.skipped;
  for (const error of report.errors ?? []) {
    tally.failed += 1;
    tally.notes.push(`${file}: ${(error.message ?? 'an error outside any test').split('\n')[0]}`);
  }
}

export function summarise(reports: readonly ReadReport[]): Tally {
  const tally: Tally = { passed: 0, failed: 0, skipped: 0, notes: [] };
  for (const read of reports) {
    if (read.kind !== 'report') {
      tally.failed += 1;
      tally.notes.push(
        `${read.file}: ${read.kind === 'stale' ? 'written before this run' : read.kind}, counted as 1 failed`,
      );
      continue;
    }
    const { report } = read;
    if ('passed' in report) {
      tally.passed += report.passed;
      tally.failed += report.failed;
    } else if ('stats' in report) tallyPlaywright(report, read.file, tally);
    else tallyVitest(report, read.file, tally);
  }
  return tally;
}

export function summaryLine({ passed, failed, skipped }: Tally): string {
  return `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
}
