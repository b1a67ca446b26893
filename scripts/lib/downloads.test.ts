import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM } from '../../src/domain/csv';
import { ECOSYSTEM_FIELDS, EVENT_FIELDS } from '../../src/domain/export-record';
import { buildDownloads } from './downloads';
import {
  fixtureEcosystem,
  fixtureEvents,
  fixtureLocations,
  fixtureNetwork,
  fixturePlaceholder,
} from './test-fixtures';
import type { Dataset } from './validate-data';

const data: Dataset = {
  locations: fixtureLocations(),
  network: fixtureNetwork(),
  events: fixtureEvents(),
  ecosystems: [fixtureEcosystem({ website: 'https://example.org/eco' }), fixturePlaceholder()],
};
const generatedAt = '2026-11-20T10:00:00.000Z';

const file = (files: Map<string, string>, name: string) => files.get(`downloads/${name}`) ?? '';
const rows = (csv: string) =>
  Papa.parse<Record<string, string>>(csv.slice(BOM.length), { header: true, delimiter: ',' });

describe('buildDownloads', () => {
  const files = buildDownloads(data, { site: 'https://atlas.example/', generatedAt });

  it('writes the three data files, a README, the licence status and a citation', () => {
    expect([...files.keys()].sort()).toEqual(
      [
        'CITATION.cff',
        'LICENSE',
        'README.md',
        'ecosystems.csv',
        'ecosystems.geojson',
        'events.csv',
      ].map((name) => `downloads/${name}`),
    );
  });

  it('has one CSV row and one feature per ecosystem, with the same ids', () => {
    const csv = rows(file(files, 'ecosystems.csv'));
    expect(csv.errors).toEqual([]);
    expect(csv.meta.fields).toEqual([...ECOSYSTEM_FIELDS]);
    const geojson = JSON.parse(file(files, 'ecosystems.geojson')) as {
      features: { id: string }[];
    };
    expect(csv.data.map((row) => row.id)).toEqual(geojson.features.map((feature) => feature.id));
    expect(csv.data).toHaveLength(2);
    const real = csv.data.find((row) => row.id === 'south-denmark');
    expect(real?.website).toBe('https://example.org/eco');
    expect(real?.atlas_url).toBe('https://atlas.example/ecosystems/south-denmark');
  });

  it('has one CSV row per gathering', () => {
    const csv = rows(file(files, 'events.csv'));
    expect(csv.meta.fields).toEqual([...EVENT_FIELDS]);
    expect(csv.data.map((row) => [row.id, row.host_names, row.attendance])).toEqual([
      ['2017-founding-meeting', 'South Denmark', '30'],
    ]);
  });

  it('documents every column and property in the README', () => {
    const readme = file(files, 'README.md');
    for (const field of [...ECOSYSTEM_FIELDS, ...EVENT_FIELDS]) {
      expect(readme, field).toContain(`| \`${field}\` |`);
    }
    expect(readme).toContain('2 ecosystems');
  });

  it('names no licence the project has not chosen', () => {
    const licence = file(files, 'LICENSE');
    expect(licence).toContain('No licence has been chosen');
    expect(licence).not.toMatch(/\b(CC[- ]BY|MIT|ODbL|Apache|GPL)\b/);
    expect(file(files, 'CITATION.cff')).not.toMatch(/^license:/m);
  });

  it('gives a citation a public address only when the site has one', () => {
    expect(file(files, 'CITATION.cff')).toContain('url: "https://atlas.example/api/v1/downloads/"');
    const local = buildDownloads(data, { site: 'http://localhost:4173/', generatedAt });
    expect(file(local, 'CITATION.cff')).not.toMatch(/^url:/m);
    expect(file(local, 'CITATION.cff')).toContain('date-released: "2026-11-20"');
  });
});
