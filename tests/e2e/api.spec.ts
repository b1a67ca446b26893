import { expect, test } from '@playwright/test';
import {
  EcosystemDocument,
  EcosystemsDocument,
  EventsDocument,
  LocationsDocument,
  StatsDocument,
} from '../../src/api/documents';

const DOCUMENTS = [
  ['locations.json', LocationsDocument],
  ['ecosystems.json', EcosystemsDocument],
  ['ecosystems/south-denmark-ehealth-ecosystem.json', EcosystemDocument],
  ['stats.json', StatsDocument],
  ['events.json', EventsDocument],
] as const;

for (const [name, schema] of DOCUMENTS) {
  test(`/api/v1/${name} is served as JSON and parses`, async ({ request }) => {
    const response = await request.get(`/api/v1/${name}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/json/);
    const parsed = schema.safeParse(await response.json());
    expect(parsed.error?.issues ?? []).toEqual([]);
  });
}

test('every ecosystem document listed in ecosystems.json is served and parses', async ({
  request,
}) => {
  const list = EcosystemsDocument.parse(
    await (await request.get('/api/v1/ecosystems.json')).json(),
  );
  // One record at least for each of the network's 40 locations.
  expect(list.ecosystems.length).toBeGreaterThanOrEqual(40);
  for (const { id } of list.ecosystems) {
    const response = await request.get(`/api/v1/ecosystems/${id}.json`);
    expect(response.headers()['content-type'], id).toMatch(/^application\/json/);
    expect(EcosystemDocument.safeParse(await response.json()).success, id).toBe(true);
  }
});

test('the JSON Schemas are published', async ({ request }) => {
  for (const name of ['locations', 'ecosystems', 'ecosystem', 'stats', 'events']) {
    const response = await request.get(`/api/v1/schema/${name}.json`);
    expect(response.status(), name).toBe(200);
    const schema = (await response.json()) as { $schema?: string; type?: string };
    expect(schema.type, name).toBe('object');
  }
});

test('the locations document lists all 40 locations with counts', async ({ request }) => {
  const { locations } = LocationsDocument.parse(
    await (await request.get('/api/v1/locations.json')).json(),
  );
  expect(locations).toHaveLength(40);
  expect(locations.every((location) => location.ecosystemCount >= 1)).toBe(true);
});
