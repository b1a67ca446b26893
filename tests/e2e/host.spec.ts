// What a static host sends: every page its own HTML (a folder per page, each language in the
// path), a not-found page with a 404, an API that never answers with HTML, calendar files as
// text/calendar, and old `?lang=da` links landing on the Danish page. Runs against `vite
// preview` (playwright.config.ts) and against Debian's nginx with deploy/nginx.conf
// (playwright.nginx.config.ts).
import { expect, test } from './fixtures';

const ECOSYSTEM = {
  id: 'south-denmark-ehealth-ecosystem',
  name: 'South DENMARK eHealth ECOsystem',
};

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  const PAGES = [
    { path: '/dashboard', lang: 'en', title: /^Network in numbers · /, h1: 'Network in numbers' },
    {
      path: `/ecosystems/${ECOSYSTEM.id}`,
      lang: 'en',
      title: new RegExp(`^${ECOSYSTEM.name} · `),
      h1: ECOSYSTEM.name,
    },
    { path: '/da/dashboard', lang: 'da', title: /^Netværket i tal · /, h1: 'Netværket i tal' },
    {
      path: '/da/about',
      lang: 'da',
      title: /^Hvad er et økosystem\? · /,
      h1: /^Hvad er et digitalt/,
    },
  ] as const;

  for (const { path, lang, title, h1 } of PAGES) {
    test(`${path} is its own page: title, heading and language in the HTML`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      expect(new URL(page.url()).pathname).toBe(path);
      await expect(page).toHaveTitle(title);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1, name: h1 })).toBeVisible();
    });
  }

  test('an unknown address is a 404 with the not-found page, in its language', async ({ page }) => {
    const english = await page.goto('/no-such-page');
    expect(english?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to the map' })).toHaveAttribute('href', '/');
    const danish = await page.goto('/da/ingen-side/her');
    expect(danish?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await expect(page.getByRole('heading', { level: 1, name: 'Ikke fundet' })).toBeVisible();
  });
});

test('a missing API document is a 404, never the app’s HTML', async ({ request }) => {
  for (const path of ['/api/v1/no-such-file.json', '/api/v1/ecosystems/atlantis.json']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()['content-type'], path).not.toContain('text/html');
    expect(await response.text(), path).not.toContain('<html');
  }
});

test('a calendar file comes as text/calendar', async ({ request }) => {
  const response = await request.get('/api/v1/calendars/network.ics');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
  expect(await response.text()).toMatch(/^BEGIN:VCALENDAR/);
});

test('an old ?lang=da link lands on the Danish page, keeping its filters', async ({ page }) => {
  await page.goto('/?lang=da');
  await expect(page).toHaveURL(/\/da\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toBeVisible();
  await page.goto('/dashboard?country=spain&lang=da');
  await expect(page).toHaveURL(/\/da\/dashboard\?country=spain$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Netværket i tal' })).toBeVisible();
});
