// Downloads of what is on screen, the whole dataset as static files, and Copy link, in the
// production build.
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Download, Page } from '@playwright/test';
import { EcosystemsDocument } from '../../src/api/documents';
import { axeViolations as violations } from './axe';
import { expect, test } from './fixtures';

const BOM = [0xef, 0xbb, 0xbf];

async function downloadOf(page: Page, format: RegExp): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: format }).click(),
  ]);
  return { file, bytes: await readFile(await file.path()) };
}

const parseCsv = (bytes: Buffer) =>
  Papa.parse<Record<string, string>>(bytes.subarray(BOM.length).toString('utf8'), {
    header: true,
    delimiter: ',',
    newline: '\r\n',
  });

test.describe('downloads', () => {
  test('the CSV and GeoJSON of /?country=spain hold the Spanish ecosystems on screen', async ({
    page,
    request,
    problems,
  }) => {
    const { ecosystems } = EcosystemsDocument.parse(
      await (await request.get('/api/v1/ecosystems.json')).json(),
    );
    const spanish = ecosystems.filter((ecosystem) => ecosystem.locationId === 'spain');
    expect(spanish.length).toBeGreaterThan(1);

    await page.goto('/?country=spain');
    const list = page.getByRole('list', { name: 'Ecosystems' });
    await expect(list.getByRole('listitem')).toHaveCount(spanish.length);

    await page.getByText('Download', { exact: true }).click();
    await expect(
      page.getByText(`The ${spanish.length} ecosystems shown, with the source of each figure`),
    ).toBeVisible();
    expect(await violations(page)).toEqual([]);
    const csv = await downloadOf(page, /^CSV \(spreadsheet\)/);
    expect(csv.file.suggestedFilename()).toBe('ecosystems-spain.csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual(BOM);
    const parsed = parseCsv(csv.bytes);
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields?.slice(0, 3)).toEqual(['id', 'name', 'location_id']);
    // A header row and one row per ecosystem on screen, every line ended by CRLF.
    expect(csv.bytes.toString('utf8').split('\r\n')).toHaveLength(spanish.length + 1);
    expect(parsed.data.map((row) => row.id).sort()).toEqual(spanish.map((e) => e.id).sort());
    const basque = parsed.data.find((row) => row.id === 'basque-health-ecosystem');
    expect(basque).toMatchObject({
      member_organisations: '120',
      member_organisations_qualifier: 'at-least',
    });
    expect(basque?.atlas_url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/ecosystems\/basque-health-/);

    await page.getByText('Download', { exact: true }).click();
    const geojson = await downloadOf(page, /^GeoJSON/);
    expect(geojson.file.suggestedFilename()).toBe('ecosystems-spain.geojson');
    const collection = JSON.parse(geojson.bytes.toString('utf8')) as {
      type: string;
      crs?: unknown;
      features: { id: string; geometry: { type: string; coordinates: number[] } }[];
    };
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.crs).toBeUndefined();
    expect(collection.features.map((feature) => feature.id)).toEqual(
      parsed.data.map((row) => row.id),
    );
    for (const feature of collection.features) {
      const record = spanish.find((ecosystem) => ecosystem.id === feature.id);
      expect(feature.geometry).toEqual({ type: 'Point', coordinates: record?.coordinates });
    }
    expect(problems.consoleErrors).toEqual([]);
    expect(await problems.cspViolations()).toEqual([]);
  });

  test('the gatherings page downloads the gatherings it lists', async ({ page }) => {
    await page.goto('/events?country=republic-of-ireland');
    const status = page.getByRole('status').filter({ hasText: /sourced gatherings? for/ });
    const count = Number((await status.textContent())?.match(/\d+/)?.[0]);
    expect(count).toBeGreaterThan(0);
    await page.getByText('Download', { exact: true }).click();
    const csv = await downloadOf(page, /^CSV/);
    expect(csv.file.suggestedFilename()).toBe('events-republic-of-ireland.csv');
    expect(parseCsv(csv.bytes).data).toHaveLength(count);
  });

  test('the whole dataset is there as static files, linked from the about page', async ({
    page,
    request,
  }) => {
    const { ecosystems } = EcosystemsDocument.parse(
      await (await request.get('/api/v1/ecosystems.json')).json(),
    );
    await page.goto('/about');
    const section = page.getByRole('region', { name: 'Download the whole dataset' });
    for (const name of ['Ecosystems as CSV', 'Ecosystems as GeoJSON', 'Gatherings as CSV']) {
      const href = await section.getByRole('link', { name }).getAttribute('href');
      const response = await request.get(href ?? '');
      expect(response.ok(), name).toBe(true);
    }
    const csv = await request.get('/api/v1/downloads/ecosystems.csv');
    expect(parseCsv(await csv.body()).data).toHaveLength(ecosystems.length);
    const geojson = (await (await request.get('/api/v1/downloads/ecosystems.geojson')).json()) as {
      features: unknown[];
    };
    expect(geojson.features).toHaveLength(ecosystems.length);
    for (const file of ['README.md', 'LICENSE', 'CITATION.cff']) {
      expect((await request.get(`/api/v1/downloads/${file}`)).ok(), file).toBe(true);
    }
  });
});

test.describe('copy link', () => {
  test('puts the address of the view on the clipboard and says so', async ({
    page,
    context,
    baseURL,
    problems,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseURL ?? '').origin,
    });
    await page.goto('/dashboard?region=europe');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(new URL(copied).search).toBe('?region=europe');
    expect(problems.consoleErrors).toEqual([]);
  });
});

test('Copy link falls back to a field to copy by hand where there is no clipboard', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined });
  });
  await page.goto('/da/ecosystems/basque-health-ecosystem');
  await page.getByRole('button', { name: 'Kopiér link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'kunne ikke kopieres' })).toBeVisible();
  const field = page.getByRole('textbox', { name: 'Link til denne visning' });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(page.url());
  expect(await violations(page)).toEqual([]);
});
