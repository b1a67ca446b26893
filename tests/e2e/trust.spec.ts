// Trust that lasts, in the built site: when each source was checked (and when that is over a
// year ago), what changed and its feeds, and the form that suggests a correction. Built as CI
// builds it (VITE_REPO_URL names an example repository); no request leaves the machine.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const ECOSYSTEM = '/ecosystems/basque-health-ecosystem';
/** The repository CI builds with (VITE_REPO_URL in .ci/run). */
const REPO = 'https://github.com/example/ecosystem-atlas';
/** "Checked 20 Nov 2026", "Checked Nov 2026" or "Checked 2026": as precise as the data. */
const CHECKED = /Checked (\d{1,2} )?([A-Z][a-z]{2} )?\d{4}/;
const ATOM = 'http://www.w3.org/2005/Atom';

/** Parses a feed with the browser's XML parser: the feed's title and its entries' titles. */
async function parseFeed(page: Page, path: string) {
  const response = await page.request.get(path);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  const xml = await response.text();
  return page.evaluate(
    ({ xml, ns }) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const text = (node: Element | undefined, name: string) =>
        node?.getElementsByTagNameNS(ns, name)[0]?.textContent ?? '';
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
        title: text(doc.documentElement, 'title'),
        entries: [...doc.getElementsByTagNameNS(ns, 'entry')].map((entry) => ({
          title: text(entry, 'title'),
          updated: text(entry, 'updated'),
          link: entry.getElementsByTagNameNS(ns, 'link')[0]?.getAttribute('href') ?? '',
        })),
      };
    },
    { xml, ns: ATOM },
  );
}

test('an ecosystem page says when each source was checked, and has its History', async ({
  page,
  problems,
}) => {
  await page.goto(ECOSYSTEM);
  const sources = page.getByRole('region', { name: 'Sources' }).getByRole('listitem');
  expect(await sources.count()).toBeGreaterThan(1);
  for (const source of await sources.all()) await expect(source).toContainText(CHECKED);
  // Checked in 2026: not over a year old today.
  await expect(page.getByText('Not checked for over a year')).toHaveCount(0);
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByRole('listitem').first()).toContainText(/\d{4} (Added|Changed)/);
  await expect(history.locator('time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  await expect(history.getByRole('link', { name: "this ecosystem's changes" })).toHaveAttribute(
    'href',
    '/api/v1/feeds/ecosystems/basque-health-ecosystem.atom',
  );
  expect(problems.foreignRequests).toEqual([]);
});

test('a source not checked for twelve months is marked in words', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2028-06-01T12:00:00Z'));
  await page.goto(ECOSYSTEM);
  const sources = page.getByRole('region', { name: 'Sources' }).getByRole('listitem');
  for (const source of await sources.all())
    await expect(source).toContainText('Not checked for over a year');
});

test('/changes lists dated changes, newest first, and the page heads link the feeds', async ({
  page,
}) => {
  await page.goto('/changes');
  await expect(page.getByRole('heading', { level: 1, name: 'What changed' })).toBeVisible();
  const items = page.locator('.change-list > li');
  expect(await items.count()).toBeGreaterThan(10);
  const dates = await page
    .locator('.change-list > li time')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
  expect(dates.every((date) => /^\d{4}-\d{2}-\d{2}T/.test(date))).toBe(true);
  expect([...dates].sort().reverse()).toEqual(dates);
  await expect(items.first()).toContainText(/\d{4} (Added|Changed|Removed)/);
  await expect(page.getByRole('link', { name: 'every change' })).toHaveAttribute(
    'href',
    '/api/v1/feeds/atlas.atom',
  );
  const heads = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await expect(heads.first()).toHaveAttribute('href', /\/api\/v1\/feeds\/atlas\.atom$/);
  await page.goto(ECOSYSTEM);
  await expect(
    page.locator(
      'head link[rel="alternate"][type="application/atom+xml"][href$="/feeds/ecosystems/basque-health-ecosystem.atom"]',
    ),
  ).toHaveCount(1);
});

test('the Atom feeds parse and list their entries', async ({ page }) => {
  await page.goto('/about');
  const atlas = await parseFeed(page, '/api/v1/feeds/atlas.atom');
  expect(atlas).toMatchObject({ errors: 0, root: `${ATOM} feed` });
  expect(atlas.entries.length).toBeGreaterThan(10);
  expect(atlas.entries[0]?.title).toMatch(/^(Added|Changed|Removed) /);
  expect(atlas.entries[0]?.updated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  const gatherings = await parseFeed(page, '/api/v1/feeds/gatherings.atom');
  expect(gatherings.errors).toBe(0);
  expect(gatherings.entries.length).toBeGreaterThan(0);
  expect(gatherings.entries.every((entry) => entry.title.startsWith('Added gathering: '))).toBe(
    true,
  );
  const own = await parseFeed(page, '/api/v1/feeds/ecosystems/basque-health-ecosystem.atom');
  expect(own.errors).toBe(0);
  expect(own.title).toBe('Ecosystem Atlas: Basque Health Ecosystem');
  expect(own.entries.length).toBeGreaterThan(0);
  expect(own.entries.every((entry) => entry.link.endsWith(ECOSYSTEM))).toBe(true);
});

test('a correction needs the public page that says so, then opens the prefilled issue', async ({
  page,
  context,
}) => {
  // CI builds with VITE_REPO_URL (see .ci/run); a build without it gives the text to copy
  // instead (tests/suggest-correction.test.tsx).
  await page.goto(ECOSYSTEM);
  test.skip(
    (await page
      .getByRole('button', { name: 'Make the text to send', includeHidden: true })
      .count()) > 0,
    'this build names no repository (VITE_REPO_URL unset)',
  );
  // The issue page is answered here: nothing goes to the outside.
  await context.route(`${REPO}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>issue</title>' }),
  );
  await page.getByText('Suggest a correction').click();
  const form = page.getByRole('form', { name: 'Suggest a correction to Basque Health Ecosystem' });
  await form.getByLabel('Which field').selectOption('Member organisations');
  await form.getByLabel('What it should say').fill('More than 120 associated entities');
  const submit = form.getByRole('button', { name: 'Open a prefilled issue' });
  const source = form.getByLabel('The public page that says so');
  await submit.click();
  await expect(page.getByRole('link', { name: 'Open the prefilled issue' })).toHaveCount(0);
  expect(await source.evaluate((input: HTMLInputElement) => input.validity.valueMissing)).toBe(
    true,
  );
  await source.fill('http://insecure.example.org/page');
  await submit.click();
  await expect(page.getByRole('link', { name: 'Open the prefilled issue' })).toHaveCount(0);

  await source.fill('https://www.basquehealthcluster.example/news/120');
  const popup = page.waitForEvent('popup');
  await submit.click();
  const issue = new URL((await popup).url());
  expect(`${issue.origin}${issue.pathname}`).toBe(`${REPO}/issues/new`);
  expect(issue.searchParams.get('title')).toBe(
    'Correction: Basque Health Ecosystem (Member organisations)',
  );
  const body = issue.searchParams.get('body') ?? '';
  expect(body).toContain('> More than 120 associated entities');
  expect(body).toContain(
    'The public page that says so: https://www.basquehealthcluster.example/news/120',
  );
  expect(body).toContain(`Page: http://127.0.0.1:${new URL(page.url()).port}${ECOSYSTEM}`);
  await expect(page.getByRole('link', { name: 'Open the prefilled issue' })).toHaveAttribute(
    'href',
    issue.href,
  );
});

test('the dashboard counts the records checked in the last twelve months', async ({ page }) => {
  await page.goto('/dashboard');
  const tile = page.getByRole('term').filter({ hasText: 'Records checked in the last 12 months' });
  await expect(tile).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: /of \d+ records/ })).toContainText(
    /^\d+of \d+ records, each against its own sources$/,
  );
});
