// Validates data/ and writes the static JSON API to public/api/v1/.
// Usage: tsx scripts/build-api.ts [--data DIR] [--out DIR]   (ATLAS_DATA also sets the data dir)
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildDocuments } from './lib/build-documents';
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
  } catch {
    return { path: fullPath, text: '' };
  }
}

async function main(): Promise<number> {
  const ecosystemFiles = (await readdir(path.join(dataDir, 'ecosystems')))
    .filter((name) => name.endsWith('.json'))
    .sort();
  const result = validateData({
    locations: await readRaw('locations.json'),
    network: await readRaw('network.json'),
    events: await readRaw('events.json'),
    ecosystems: await Promise.all(ecosystemFiles.map((name) => readRaw(`ecosystems/${name}`))),
  });
  if (!result.ok) {
    console.error(`build:api: ${result.errors.length} problem(s) in ${dataDir}/, nothing written:`);
    for (const error of result.errors) console.error(`  ${formatError(error)}`);
    return 1;
  }
  const documents = buildDocuments(result.data, new Date().toISOString());
  await rm(outDir, { recursive: true, force: true });
  for (const [name, document] of documents) {
    const target = path.join(outDir, name);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, JSON.stringify(document));
  }
  const { ecosystems, locations, events } = result.data;
  console.log(
    `build:api: ${ecosystems.length} ecosystems, ${locations.length} locations, ` +
      `${events.length} events -> ${outDir}/ (${documents.size} documents)`,
  );
  return 0;
}

process.exitCode = await main();
