// The fixtures are real reports, trimmed: Vitest's JSON reporter on a run where one test file
// throws while loading, and Playwright's on a run where one spec has a syntax error.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarise, summaryLine, type Report } from './ci-summary';

const fixture = (name: string) =>
  JSON.parse(
    readFileSync(path.join(import.meta.dirname, 'fixtures/ci-summary', `${name}.json`), 'utf8'),
  ) as Report;

describe('the CI closing line', () => {
  it('counts a Vitest file that fails to load as a failure, though no test failed', () => {
    const tally = summarise([
      { file: 'unit.json', kind: 'report', report: fixture('vitest-file-fails-to-load') },
    ]);
    expect(summaryLine(tally)).toBe('1 passed, 1 failed');
    expect(tally.notes).toEqual(['unit.json: a test file failed to load (cannot load)']);
  });

  it('counts a Playwright spec that does not compile as a failure, though no test ran', () => {
    const tally = summarise([
      { file: 'e2e.json', kind: 'report', report: fixture('playwright-spec-fails-to-compile') },
    ]);
    expect(summaryLine(tally)).toBe('0 passed, 1 failed');
    expect(tally.notes[0]).toMatch(/^e2e\.json: SyntaxError: .*broken\.spec\.ts/);
  });

  it('counts a missing, an unreadable and a stale report as one failure each', () => {
    const tally = summarise([
      { file: 'a.json', kind: 'missing' },
      { file: 'b.json', kind: 'unreadable' },
      { file: 'c.json', kind: 'stale' },
      { file: 'gates.json', kind: 'report', report: { passed: 5, failed: 0 } },
    ]);
    expect(summaryLine(tally)).toBe('5 passed, 3 failed');
  });

  it('adds passes, failures and skips across suites', () => {
    const tally = summarise([
      {
        file: 'unit.json',
        kind: 'report',
        report: { numPassedTests: 10, numFailedTests: 1, numPendingTests: 2, numTodoTests: 1 },
      },
      {
        file: 'e2e.json',
        kind: 'report',
        report: { stats: { expected: 4, unexpected: 2, flaky: 1, skipped: 3 }, errors: [] },
      },
    ]);
    expect(summaryLine(tally)).toBe('15 passed, 3 failed, 6 skipped');
    expect(tally.notes).toEqual([]);
  });

  it('ignores a report written before the run began and exits non-zero (the command)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ci-summary-'));
    const report = path.join(dir, 'check-summary.json');
    const marker = path.join(dir, '.started');
    writeFileSync(report, JSON.stringify({ passed: 8, failed: 0 }));
    writeFileSync(marker, '');
    const past = new Date(Date.now() - 60_000);
    utimesSync(report, past, past);
    const run = () => {
      try {
        return {
          code: 0,
          out: execFileSync('npx', ['tsx', 'scripts/ci-summary.ts', '--since', marker, report], {
            encoding: 'utf8',
            stdio: 'pipe',
          }),
        };
      } catch (error) {
        const failed = error as { status: number; stdout: string };
        return { code: failed.status, out: failed.stdout };
      }
    };
    expect(run()).toEqual({
      code: 1,
      out: expect.stringMatching(/^0 passed, 1 failed$/m) as string,
    });
    writeFileSync(report, JSON.stringify({ passed: 8, failed: 0 }));
    expect(run()).toEqual({
      code: 0,
      out: expect.stringMatching(/^8 passed, 0 failed$/m) as string,
    });
  });
});
