// The interface in Danish: every route, Danish number and date formats, <html lang>, the
// switcher keeps the filters, and the choice survives a reload.
import { expect, test } from './fixtures';

const ROUTES: { path: string; heading: RegExp }[] = [
  { path: '/?lang=da', heading: /sundhedsøkosystemer på kortet/i },
  { path: '/dashboard?lang=da', heading: /Netværket i tal/ },
  { path: '/present?lang=da', heading: /Netværket i tal/ },
  { path: '/ecosystems/south-denmark-ehealth-ecosystem?lang=da', heading: /South DENMARK/ },
  { path: '/events?lang=da', heading: /Arrangementer i økosystemerne/ },
  { path: '/about?lang=da', heading: /Hvad er et digitalt sundhedsøkosystem/ },
];

test.describe('Danish', () => {
  for (const route of ROUTES) {
    test(`${route.path} speaks Danish, with lang="da"`, async ({ page, problems }) => {
      await page.goto(route.path);
      await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(route.heading);
      await expect(page.locator('html')).toHaveAttribute('lang', 'da');
      expect(problems.consoleErrors).toEqual([]);
    });
  }

  test('numbers and dates follow Danish formats', async ({ page }) => {
    await page.goto('/ecosystems/south-denmark-ehealth-ecosystem?lang=da');
    // 24 April 2017, the founding date, in Danish.
    await expect(page.getByText('24. apr. 2017').first()).toBeVisible();
    await expect(page.getByText('Møder om året', { exact: true })).toBeVisible();
    await page.goto('/dashboard?lang=da');
    await expect(page.getByText(/^mindst \d+$/).first()).toBeVisible();
    await expect(page.getByText(/^ca\. \d+$/).first()).toBeVisible();
    await page.goto('/events?lang=da');
    await expect(
      page.getByText(/\d{1,2}\. (jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\. \d{4}/).first(),
    ).toBeVisible();
  });

  test('the switcher keeps the filters, and a reload keeps the language', async ({ page }) => {
    await page.goto('/?country=spain');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page
      .getByRole('navigation', { name: 'Language' })
      .getByRole('link', { name: 'Dansk' })
      .click();
    await expect(page).toHaveURL(/country=spain/);
    await expect(page).toHaveURL(/lang=da/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await expect(page.getByRole('checkbox', { name: /^Spain/ })).toBeChecked();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    // A link without ?lang, in a later visit, opens in the remembered language.
    await page.goto('/about');
    await expect(page).toHaveURL(/lang=da/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await page
      .getByRole('navigation', { name: 'Sprog' })
      .getByRole('link', { name: 'English' })
      .click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).not.toHaveURL(/lang=/);
  });

  test('links inside the app keep the language', async ({ page }) => {
    await page.goto('/about?lang=da');
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Overblik' })
      .click();
    await expect(page).toHaveURL(/\/dashboard\?lang=da$/);
  });

  test('only the active language’s catalogue is downloaded', async ({ page }) => {
    const catalogues: string[] = [];
    page.on('response', (response) => {
      const url = response.url();
      if (/\/(en|da)-[\w-]+\.js$/.test(url)) catalogues.push(url);
    });
    await page.goto('/about?lang=da');
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await page.waitForLoadState('networkidle');
    expect(catalogues.some((url) => /\/da-/.test(url))).toBe(true);
    expect(catalogues.some((url) => /\/en-/.test(url))).toBe(false);
  });
});
