// Gatherings in calendars, in the production build: the calendar file a visitor downloads
// parses (with ical.js, not the library that wrote it), feeds are served as text/calendar,
// subscribe links are webcal: once the page runs, and times show in the visitor's zone too.
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { expect, test } from './fixtures';

const CARDIFF = '5 Nations multi-ecosystem gathering';

test('"Add to calendar" downloads a calendar file that another parser reads', async ({
  page,
  problems,
}) => {
  await page.goto('/events');
  const gathering = page.getByRole('article', { name: CARDIFF });
  await gathering.getByRole('button', { name: 'Add to calendar' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    gathering.getByRole('link', { name: 'Download calendar file (.ics)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('2019-11-5-nations-cardiff.ics');
  const text = await readFile(await download.path(), 'utf8');
  const calendar = ICAL.Component.fromString(text);
  const entries = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  expect(entries).toHaveLength(1);
  const [entry] = entries;
  expect(entry?.uid).toBe('2019-11-5-nations-cardiff@ecosystem-atlas');
  expect(entry?.summary).toBe(CARDIFF);
  expect(entry?.startDate.toString()).toBe('2019-11-27');
  // The last day is 28 November; calendars end whole days on the day after.
  expect(entry?.endDate.toString()).toBe('2019-11-29');
  expect(entry?.description).toMatch(/Source: .* https:\/\//);
  expect(problems.consoleErrors).toEqual([]);
});

test('an ecosystem’s feed is served as text/calendar and its page subscribes to it', async ({
  page,
  request,
}) => {
  const path = '/api/v1/calendars/ecosystems/digital-health-ecosystem-wales.ics';
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  const feed = ICAL.Component.fromString(await response.text());
  expect(feed.getAllSubcomponents('vevent').length).toBeGreaterThan(0);
  // A feed that does not exist is a 404, never the app's HTML.
  expect((await request.get('/api/v1/calendars/ecosystems/none.ics')).status()).toBe(404);

  await page.goto('/ecosystems/digital-health-ecosystem-wales');
  const group = page.getByRole('group', { name: 'Gatherings of Digital Health Ecosystem Wales' });
  const origin = new URL(page.url());
  await expect(group.getByRole('link', { name: 'Subscribe in a calendar app' })).toHaveAttribute(
    'href',
    `webcal://${origin.host}${path}`,
  );
  await expect(group.getByRole('textbox', { name: 'Feed address' })).toHaveValue(
    `${origin.origin}${path}`,
  );
});

test.describe('in another time zone', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('a timed gathering shows the visitor’s time beside its own', async ({ page }) => {
    await page.goto('/events');
    const gathering = page.getByRole('article', { name: /Global Cancer Ecosystem/ });
    // 15:00 CET is 14:00 UTC, 10:00 in New York (summer time).
    await expect(gathering).toContainText('15:00 (CET)');
    await expect(gathering).toContainText(
      'Tue, 7 Oct 2025, 10:00 in your time zone (America/New_York)',
    );
  });
});
