// Embedding, as another site does it: build the code in the dialog, paste it into a page on
// another origin, and check that the frame shows the chosen view (the map drawn with the
// filters, the list, the language), and that each chart embeds with its title and source.
import type { Page } from '@playwright/test';
import { EcosystemsDocument } from '../../src/api/documents';
import { COLORS } from '../../src/features/map/layers';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { colourShares } from './map-pixels';

/** Another site: a page on another origin that holds only the pasted code. */
const PARTNER_PAGE = 'http://partner.example/page.html';

// The atlas runs on 127.0.0.1 here, and Chromium blocks a public site's frame of a local
// address (Local Network Access): a deployed atlas is public and never meets that check.
test.use({
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--disable-features=LocalNetworkAccessChecks'],
  },
});

async function pasteOnAnotherSite(page: Page, snippet: string): Promise<void> {
  await page.route(PARTNER_PAGE, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>A partner's page</title><body><h1>Our partners</h1>${snippet}</body></html>`,
    }),
  );
  await page.goto(PARTNER_PAGE);
}

test('the map embeds with its filters, size, list and attribution on another site', async ({
  page,
  request,
  baseURL,
}) => {
  const { ecosystems } = EcosystemsDocument.parse(
    await (await request.get('/api/v1/ecosystems.json')).json(),
  );
  const spanish = ecosystems.filter((ecosystem) => ecosystem.locationId === 'spain').length;
  const count = `${spanish} ecosystems in 1 country`;

  await page.goto('/?country=spain');
  // The prerendered page shows the button before the app runs: wait for the app (its map).
  await page.locator('[data-map-ready="true"]').waitFor();
  const button = page.getByRole('button', { name: 'Embed this map' });
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Embed this map' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Spain', { exact: true })).toBeVisible();
  // Modal: focus is in the dialog, and Escape closes it and gives focus back.
  await expect(dialog.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(button).toBeFocused();

  await button.click();
  await dialog.getByRole('radio', { name: /^Large/ }).check();
  await dialog.getByRole('checkbox', { name: /Show the list/ }).check();
  const code = dialog.getByRole('textbox', { name: /Code to paste/ });
  const src = `${baseURL}/embed?country=spain&amp;list=1`;
  await expect(code).toHaveValue(
    `<iframe src="${src}" title="Map of digital health ecosystems: Spain" width="960" height="600" loading="lazy" style="border:0"></iframe>`,
  );
  // The preview in the dialog is the embed itself, from the same origin.
  const preview = page.frameLocator('.embed-preview iframe');
  await expect(preview.getByRole('status').filter({ hasText: 'ecosystems' })).toHaveText(count);
  const snippet = await code.inputValue();

  await pasteOnAnotherSite(page, snippet);
  const frameElement = page.locator('iframe');
  await expect(frameElement).toHaveAttribute('width', '960');
  await expect(frameElement).toHaveAttribute('height', '600');
  const frame = page.frameLocator('iframe');
  await frame.locator('[data-map-ready="true"]').waitFor();
  await expect(frame.getByRole('status').filter({ hasText: 'ecosystems' })).toHaveText(count);
  await expect(frame.getByRole('region', { name: `Map of ${spanish} ecosystems` })).toBeVisible();
  await expect(frame.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  // The map fills its part of the frame and draws land, water and the ecosystems.
  const box = await frame.locator('.embed__map').boundingBox();
  expect(box?.height).toBeGreaterThan(590);
  expect(box?.width).toBeGreaterThan(500);
  const shares = colourShares(await frame.locator('.embed__map').screenshot(), {
    water: COLORS.water,
    bubble: COLORS.ecosystem,
  });
  expect(shares.water).toBeGreaterThan(0.05);
  expect(shares.bubble).toBeGreaterThan(0.001);
  await expect(frame.getByText('Natural Earth')).toBeVisible();
  // The list beside the map: the same ecosystems, pages opening outside the frame.
  const list = frame.getByRole('region', { name: 'Ecosystems' });
  await expect(list.getByRole('listitem')).toHaveCount(spanish);
  await expect(list.getByRole('link', { name: /^Basque Health Ecosystem/ })).toHaveAttribute(
    'target',
    '_blank',
  );
  await expect(frame.getByRole('link', { name: /Open in Ecosystem Atlas/ })).toHaveAttribute(
    'href',
    '/?country=spain',
  );
});

test('Escape closes the dialog and nothing behind it', async ({ page }) => {
  await page.goto('/?country=spain&selected=basque-health-ecosystem');
  await page.locator('[data-map-ready="true"]').waitFor();
  const card = page.getByRole('heading', { level: 2, name: 'Basque Health Ecosystem' });
  await expect(card).toBeVisible();
  await page.getByRole('button', { name: 'Embed this map' }).click();
  await expect(page.getByRole('dialog', { name: 'Embed this map' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(card).toBeVisible();
});

test('a chart embeds in the chosen language with its title, source and date', async ({
  page,
  request,
}) => {
  const headers = (await request.get('/embed/chart/regions')).headers();
  expect(headers['content-security-policy']).toContain('frame-ancestors *');
  expect((await request.get('/dashboard')).headers()['content-security-policy']).toContain(
    "frame-ancestors 'none'",
  );

  await page.goto('/dashboard?country=spain');
  // The prerendered page shows the button before the app runs: wait for a drawn chart.
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await page.getByRole('button', { name: 'Embed the chart: Ecosystems by world region' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this chart' });
  await dialog.getByRole('radio', { name: 'Dansk' }).check();
  const code = dialog.getByRole('textbox', { name: /Code to paste/ });
  await expect(code).toHaveValue(/title="Økosystemer efter verdensdel: Spanien" width="640"/);
  const snippet = await code.inputValue();
  expect(snippet).toContain('/da/embed/chart/regions?country=spain"');

  await pasteOnAnotherSite(page, snippet);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('heading', { name: 'Økosystemer efter verdensdel' })).toBeVisible();
  await expect(frame.getByText('Filtre: Spanien')).toBeVisible();
  await expect(frame.getByText(/^Kilde: Ecosystem Atlas/)).toContainText(/Data pr\. \w+/);
  await expect(frame.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(frame.getByRole('link', { name: /Åbn i Ecosystem Atlas/ })).toHaveAttribute(
    'href',
    '/da/dashboard?country=spain',
  );
});

test('a chart embed opened directly shows its title and source; an unknown one says so', async ({
  page,
  problems,
}) => {
  await page.goto('/embed/chart/growth');
  await expect(page.getByRole('heading', { name: 'Growth of the network by year' })).toBeVisible();
  await expect(page.getByText(/^Source: Ecosystem Atlas, from its records/)).toContainText(
    /Data as of \w+ \d{4}\./,
  );
  await expect(page.getByText(/^The network's own published counts:/)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  expect(problems.consoleErrors).toEqual([]);
  // No page is prerendered there: the host answers 404, and the app says what is missing.
  const unknown = await page.goto('/embed/chart/pie');
  expect(unknown?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Chart not found' })).toBeVisible();
});

test('the dialog, the list embed and a chart embed pass axe (WCAG 2.2 AA)', async ({ page }) => {
  // The preview frame is the embed itself, checked on its own below: axe counts landmarks
  // across frames, and the explorer behind the modal (inert) has a main and a map of its own.
  const violations = () => axeViolations(page, { exclude: '.embed-preview iframe' });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/?country=spain');
  await page.locator('[data-map-ready="true"]').waitFor();
  await page.getByRole('button', { name: 'Embed this map' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this map' });
  await dialog.getByRole('radio', { name: 'Custom size' }).check();
  await dialog.getByRole('spinbutton', { name: 'Width in pixels' }).fill('100');
  await expect(dialog.getByText('The width must be at least 240 pixels.')).toBeVisible();
  expect(await violations()).toEqual([]);
  for (const path of ['/embed?country=spain&list=1', '/da/embed/chart/growth']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeAttached();
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
  }
});
