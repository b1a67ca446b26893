import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatError, validateData, type RawFile } from './lib/validate-data';

const run = promisify(execFile);
const TSX = path.resolve('node_modules/.bin/tsx');

async function readRaw(dir: string, file: string): Promise<RawFile> {
  const full = path.join(dir, file);
  return { path: full, text: await readFile(full, 'utf8') };
}

describe('the real dataset', () => {
  it('is accepted by the schemas and the cross-record checks', async () => {
    const names = (await readdir('data/ecosystems')).filter((name) => name.endsWith('.json'));
    const result = validateData({
      locations: await readRaw('data', 'locations.json'),
      network: await readRaw('data', 'network.json'),
      events: await readRaw('data', 'events.json'),
      ecosystems: await Promise.all(names.map((name) => readRaw('data', `ecosystems/${name}`))),
    });
    expect(result.ok ? [] : result.errors.map(formatError)).toEqual([]);
    if (!result.ok) return;
    expect(result.data.locations).toHaveLength(40);
    expect(result.data.ecosystems.length).toBeGreaterThanOrEqual(55);
    const sourced = result.data.ecosystems.filter((ecosystem) => !ecosystem.illustrative);
    expect(sourced.length).toBeGreaterThanOrEqual(25);
    const located = new Set(result.data.ecosystems.map((ecosystem) => ecosystem.locationId));
    expect(result.data.locations.filter((location) => !located.has(location.id))).toEqual([]);
  });
});

describe('npm run build:api on broken data', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'atlas-data-'));
    await cp('data', dir, { recursive: true });
    const file = path.join(dir, 'ecosystems/south-denmark-ehealth-ecosystem.json');
    const record = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    await writeFile(
      file,
      JSON.stringify({ ...record, website: 'http://insecure.example', memberOrganisations: -1 }),
    );
    await writeFile(path.join(dir, 'ecosystems/broken.json'), '{ "id": ');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('exits non-zero and names file, record id and field of every problem', async () => {
    const out = path.join(dir, 'out');
    const failure = await run(TSX, ['scripts/build-api.ts', '--data', dir, '--out', out]).then(
      () => null,
      (error: unknown) => error as { code: number; stderr: string },
    );
    expect(failure?.code).toBe(1);
    const stderr = failure?.stderr ?? '';
    expect(stderr).toMatch(
      /south-denmark-ehealth-ecosystem\.json \[south-denmark-ehealth-ecosystem\] website: must be an https/,
    );
    expect(stderr).toMatch(
      /\[south-denmark-ehealth-ecosystem\] memberOrganisations: must not be negative/,
    );
    expect(stderr).toMatch(/broken\.json \[broken\] \(file\): malformed JSON/);
    await expect(readdir(out)).rejects.toThrow();
  });
});
