// Validates data/ and writes the static JSON API to public/api/v1/.
// Usage: tsx scripts/build-api.ts [--data DIR] [--out DIR]   (ATLAS_DATA also sets the data dir)
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildDocuments } from './lib/build-documents';
import { buildCalendars } from './lib/calendars';
import { loadCountryIndex } from './lib/country-index';
import { buildDownloads } from './lib/downloads';
import { buildTrustFiles } from './lib/trust-files';
import { writeSvgShapes } from './lib/svg-map';
import { writeDetailShapes } from './lib/svg-map-detail';
import {
  dataCounts,
  dataCountsDocument,
  dataCountsMarkdown,
  withCountsBlock,
} from './lib/data-counts';
import { siteOrigin } from './lib/site-url';
import { formatError, validateData, type RawFile } from './lib/validate-data';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: process.env.ATLAS_DATA ?? 'data' },
    out: { type: 'string', default: 'public/api/v1' },
  },
});
const dataDir = values.data;
const outDir = values.out;

async function readRaw(file: string): Promise<RawFile> {
  const fullPath = path.join(dataDir, file);
  try {
    return { path: fullPath, text: await readFile(fullPath, 'utf8') };
  } catch (error) {
    // A missing file is reported by validation as malformed; anything else is a real failure.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { path: fullPath, text: '' };
    throw error;
  }
}

/** Reads files a batch at a time: 100,000 reads at once would run out of file handles. */
async function readAll(files: string[], batch = 256): Promise<RawFile[]> {
  const result: RawFile[] = [];
  for (let start = 0; start < files.length; start += batch) {
    result.push(...(await Promise.all(files.slice(start, start + batch).map(readRaw))));
  }
  return result;
}

/**
 * docs/data-counts.md and the README's counts block, from the repository's own data only,
 * rewritten only when they change.
 */
async function writeCounts(data: Parameters<typeof dataCounts>[0]): Promise<void> {
  if (path.resolve(dataDir) !== path.resolve('data')) return;
  const target = 'docs/data-counts.md';
  // Formatted as the repository formats Markdown, so format:check passes on it.
  const { format } = await import('prettier');
  const text = await format(dataCountsDocument(dataCounts(data)), { parser: 'markdown' });
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== text) await writeFile(target, text);
  // The README's "The data" section holds the same table between its markers.
  const readme = await readFile('README.md', 'utf8').catch(() => '');
  const block = (await format(dataCountsMarkdown(dataCounts(data)), { parser: 'markdown' })).trim();
  const updated = withCountsBlock(readme, block);
  if (readme && updated !== readme) await writeFile('README.md', updated);
}

async function main(): Promise<number> {
  const ecosystemFiles = (await readdir(path.join(dataDir, 'ecosystems')))
    .filter((name) => name.endsWith('.json'))
    .sort();
  const result = validateData(
    {
      locations: await readRaw('locations.json'),
      network: await readRaw('network.json'),
      events: await readRaw('events.json'),
      ecosystems: await readAll(ecosystemFiles.map((name) => `ecosystems/${name}`)),
    },
    { countries: await loadCountryIndex() },
  );
  if (!result.ok) {
    console.error(`build:api: ${result.errors.length} problem(s) in ${dataDir}/, nothing written:`);
    for (const error of result.errors) console.error(`  ${formatError(error)}`);
    return 1;
  }
  // SOURCE_DATE_EPOCH (seconds) pins the build time, so two builds of one dataset are identical.
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const generatedAt = new Date(epoch ? Number(epoch) * 1000 : Date.now()).toISOString();
  const documents = buildDocuments(result.data, generatedAt);
  // The calendar files name the atlas's pages, as the prerendered pages do (SITE_URL, BASE_URL).
  const site = `${siteOrigin('build:api')}${(process.env.BASE_URL ?? '/').replace(/\/?$/, '/')}`;
  const calendars = buildCalendars(result.data, { site, generatedAt });
  const downloads = buildDownloads(result.data, { site, generatedAt });
  // What changed (from git), its feeds, and the OpenAPI description.
  const trust = await buildTrustFiles(dataDir, result.data, { site, generatedAt });
  await rm(outDir, { recursive: true, force: true });
  for (const [name, content] of [...documents, ...calendars, ...downloads, ...trust]) {
    const target = path.join(outDir, name);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, typeof content === 'string' ? content : JSON.stringify(content));
  }
  // The map's shapes for the SVG map and for zooming in (public/basemap/, git-ignored).
  await Promise.all([writeSvgShapes(), writeDetailShapes()]);
  await writeCounts(result.data);
  const { ecosystems, locations, events } = result.data;
  console.log(
    `build:api: ${ecosystems.length} ecosystems, ${locations.length} locations, ` +
      `${events.length} events -> ${outDir}/ (${documents.size} documents, ${calendars.size} calendars, ${downloads.size} download files)`,
  );
  return 0;
}

process.exitCode = await main();
