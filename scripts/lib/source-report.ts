// The source check's report (scripts/check-sources.ts): what each address answered and where
// it is cited, as JSON for tools, and in Markdown for people: what needs a look first, then what
// still answers.
import type { LinkResult } from './link-check';

/** Where an address is cited: the data file and the path to the source in it. */
export interface Citation {
  file: string;
  at: string;
}

export interface SourceReport {
  checkedAt: string;
  counts: Record<LinkResult['status'], number>;
  results: (LinkResult & { citedIn: Citation[] })[];
}

export function buildReport(
  results: readonly LinkResult[],
  citations: ReadonlyMap<string, Citation[]>,
  checkedAt: string,
): SourceReport {
  const counts = { answered: 0, moved: 0, gone: 0, 'timed-out': 0, error: 0 };
  for (const result of results) counts[result.status] += 1;
  return {
    checkedAt,
    counts,
    results: results.map((result) => ({ ...result, citedIn: citations.get(result.url) ?? [] })),
  };
}

const HEADINGS = {
  gone: 'Gone (404 or 410): find where the page went, or drop what it supported',
  error: 'Errors: the server failed or refused, every retry',
  'timed-out': 'Timed out, every retry',
  moved: 'Moved: update the address in data/ once the new page says the same',
  answered: 'Answered',
} as const;

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function sourceReportMarkdown(report: SourceReport): string {
  const lines = [
    '# Source check',
    '',
    `Checked ${report.checkedAt}: ${report.results.length} addresses.`,
    '',
    '| answered | moved | gone | timed out | errors |',
    '|---:|---:|---:|---:|---:|',
    `| ${report.counts.answered} | ${report.counts.moved} | ${report.counts.gone} | ${report.counts['timed-out']} | ${report.counts.error} |`,
  ];
  for (const status of Object.keys(HEADINGS) as (keyof typeof HEADINGS)[]) {
    const rows = report.results.filter((result) => result.status === status);
    if (rows.length === 0) continue;
    lines.push('', `## ${HEADINGS[status]} (${rows.length})`, '');
    lines.push('| address | answer | now at | cited in |', '|---|---|---|---|');
    for (const row of rows) {
      const answer = [row.code, row.detail].filter(Boolean).join(' ') || '-';
      const movedTo = row.movedTo
        ? `${row.movedTo}${row.permanent === false ? ' (temporary)' : ''}`
        : '-';
      const cited = row.citedIn.map((citation) => `${citation.file} ${citation.at}`).join('; ');
      lines.push(`| ${cell(row.url)} | ${cell(answer)} | ${cell(movedTo)} | ${cell(cited)} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
