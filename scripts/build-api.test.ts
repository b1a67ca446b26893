import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCountryIndex } from './lib/country-index';
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
    const result = validateData(
      {
        locations: await readRaw('data', 'locations.json'),
        network: await readRaw('data', 'network.json'),
        events: await readRaw('data', 'events.json'),
        ecosystems: await Promise.all(names.map((name) => readRaw('data', `ecosystems/${name}`))),
      },
      { countries: await loadCountryIndex() },
    );
    expect(result.ok ? [] : result.errors.map(formatError)).toEqual([]);
    if (!result.ok) return;
    // The network's own list of locations, each with at least one record (a placeholder where
    // nothing is public).
    expect(result.data.locations).toHaveLength(40);
    const located = new Set(result.data.ecosystems.map((ecosystem) => ecosystem.locationId));
    expect(result.data.locations.filter((location) => !located.has(location.id))).toEqual([]);
    // Every gathering and every record with details stands on a source.
    for (const ecosystem of result.data.ecosystems) {
      expect(ecosystem.placeholder || ecosystem.sources.length > 0, ecosystem.id).toBe(true);
    }
    for (const event of result.data.events)
      expect(event.sources.length, event.id).toBeGreaterThan(0);
    const headlines = result.data.network.figures.filter((figure) => figure.headline);
    expect(headlines.map((figure) => figure.metric).sort()).toEqual([
      'ecosystems',
      'gatherings-per-year',
      'member-organisations',
      'participants',
    ]);
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
      JSON.stringify({
        ...record,
        website: 'http://insecure.example',
        figures: { memberOrganisations: { value: 60, qualifier: 'exact' } },
      }),
    );
    // A point for Croatia that lies in Bosnia and Herzegovina.
    const croatia = path.join(dir, 'ecosystems/digital-health-ecosystem-croatia.json');
    const record2 = JSON.parse(await readFile(croatia, 'utf8')) as Record<string, unknown>;
    await writeFile(croatia, JSON.stringify({ ...record2, coordinates: [17.19, 44.77] }));
    const placeholder = path.join(dir, 'ecosystems/digital-health-ecosystem-belgium.json');
    const empty = JSON.parse(await readFile(placeholder, 'utf8')) as Record<string, unknown>;
    await writeFile(
      placeholder,
      JSON.stringify({
        ...empty,
        figures: { memberOrganisations: { value: 45, qualifier: 'exact', source: 'guess' } },
      }),
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
      /\[south-denmark-ehealth-ecosystem\] figures\.memberOrganisations\.source: /,
    );
    expect(stderr).toMatch(
      /digital-health-ecosystem-croatia\.json \[digital-health-ecosystem-croatia\] coordinates: outside Croatia .* 070/,
    );
    expect(stderr).toMatch(
      /digital-health-ecosystem-belgium\.json \[digital-health-ecosystem-belgium\] figures: a placeholder carries no facts/,
    );
    expect(stderr).toMatch(/broken\.json \[broken\] \(file\): malformed JSON/);
    await expect(readdir(out)).rejects.toThrow();
  });
});
