// Asks every source address in data/ whether it still answers, and writes what it found to
// reports/sources/ (JSON for tools, Markdown for people): answered, moved (and where), gone,
// timed out, or an error. The network is not ours, so this never fails a build: it exits
// non-zero only with --strict, when an address is gone, timed out or failed.
// Usage: tsx scripts/check-sources.ts [--data DIR] [--out DIR] [--strict] [--timeout MS]
//          [--retries N] [--delay MS] [--concurrency N]
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { checkUrls, type CheckOptions } from './lib/link-check';
import { buildReport, sourceReportMarkdown, type Citation } from './lib/source-report';

/** Every `url` of a source (an object with a title and a url) in the JSON files of `dataDir`. */
export async function collectSourceUrls(dataDir: string): Promise<Map<string, Citation[]>> {
  const found = new Map<string, Citation[]>();
  const walk = (value: unknown, file: string, at: string) => {
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, file, `${at}[${index}]`));
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.url === 'string' && typeof record.title === 'string') {
        const label = typeof record.id === 'string' ? `${at} (${record.id})` : at;
        found.set(record.url, [...(found.get(record.url) ?? []), { file, at: label }]);
      }
      for (const [key, inner] of Object.entries(record))
        walk(inner, file, at ? `${at}.${key}` : key);
    }
  };
  const files = (await readdir(dataDir, { recursive: true }))
    .filter((name) => name.endsWith('.json'))
    .sort();
  for (const file of files) {
    const text = await readFile(path.join(dataDir, file), 'utf8');
    walk(JSON.parse(text) as unknown, file.split(path.sep).join('/'), '');
  }
  return found;
}

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string', default: 'data' },
      out: { type: 'string', default: 'reports/sources' },
      strict: { type: 'boolean', default: false },
      timeout: { type: 'string' },
      retries: { type: 'string' },
      delay: { type: 'string' },
      concurrency: { type: 'string' },
    },
  });
  const number = (text: string | undefined) => (text === undefined ? undefined : Number(text));
  const options: CheckOptions = Object.fromEntries(
    Object.entries({
      timeoutMs: number(values.timeout),
      retries: number(values.retries),
      delayMs: number(values.delay),
      concurrency: number(values.concurrency),
      userAgent: process.env.VITE_REPO_URL
        ? `EcosystemAtlas-source-check/1 (+${process.env.VITE_REPO_URL})`
        : undefined,
    }).filter(([, value]) => value !== undefined && !Number.isNaN(value)),
  );
  const citations = await collectSourceUrls(values.data);
  console.log(`check:sources: asking ${citations.size} addresses cited in ${values.data}/ ...`);
  const results = await checkUrls([...citations.keys()], options);
  const report = buildReport(results, citations, new Date().toISOString());
  await mkdir(values.out, { recursive: true });
  await writeFile(path.join(values.out, 'sources.json'), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(path.join(values.out, 'sources.md'), sourceReportMarkdown(report));
  const { counts } = report;
  console.log(
    `check:sources: ${counts.answered} answered, ${counts.moved} moved, ${counts.gone} gone, ` +
      `${counts['timed-out']} timed out, ${counts.error} errors -> ${values.out}/sources.{json,md}`,
  );
  const failed = counts.gone + counts['timed-out'] + counts.error;
  return values.strict && failed > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
