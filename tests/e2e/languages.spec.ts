// The interface in Danish (under /da/): every route, Danish number and date formats,
// <html lang>, the switcher keeps the filters, and the choice is remembered for the next visit.
import { expect, test } from './fixtures';

const ROUTES: { path: string; heading: RegExp }[] = [
  { path: '/da/', heading: /sundhedsøkosystemer på kortet/i },
  { path: '/da/dashboard', heading: /Netværket i tal/ },
  { path: '/da/present', heading: /Netværket i tal/ },
  { path: '/da/ecosystems/south-denmark-ehealth-ecosystem', heading: /South DENMARK/ },
  { path: '/da/events', heading: /Arrangementer i økosystemerne/ },
  { path: '/da/about', heading: /Hvad er et digitalt sundhedsøkosystem/ },
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
    await page.goto('/da/ecosystems/south-denmark-ehealth-ecosystem');
    // 24 April 2017, the founding date, in Danish.
    await expect(page.getByText('24. apr. 2017').first()).toBeVisible();
    await expect(page.getByRole('term').filter({ hasText: /^Møder om året$/ })).toBeVisible();
    await page.goto('/da/dashboard');
    await expect(page.getByText(/^mindst \d+$/).first()).toBeVisible();
    await expect(page.getByText(/^ca\. \d/).first()).toBeVisible();
    await page.goto('/da/events');
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
    await expect(page).toHaveURL(/\/da\/\?country=spain$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await expect(page.getByRole('checkbox', { name: /^Spanien/ })).toBeChecked();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    // An English address, in a later visit, opens in the remembered language.
    await page.goto('/about');
    await expect(page).toHaveURL(/\/da\/about$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await page
      .getByRole('navigation', { name: 'Sprog' })
      .getByRole('link', { name: 'English' })
      .click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveURL(/\/about$/);
    // Choosing English is remembered too.
    await page.goto('/dashboard');
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('the Danish page arrives as Danish HTML and hydrates without a mismatch', async ({
    page,
    problems,
  }) => {
    // Hydration keeps the server's markup; rendering afresh would first empty #root.
    await page.addInitScript(() => {
      const removed: string[] = [];
      Object.defineProperty(window, '__removedFromRoot', { value: removed });
      new MutationObserver((records) => {
        for (const record of records)
          if ((record.target as Element).id === 'root')
            record.removedNodes.forEach((node) => removed.push(node.nodeName));
      }).observe(document, { childList: true, subtree: true });
    });
    const response = await page.goto('/da/dashboard');
    expect(await response?.text()).toContain('<html lang="da">');
    await expect(page.getByRole('heading', { level: 1, name: 'Netværket i tal' })).toBeVisible();
    const removed = await page.evaluate(
      () => (window as unknown as { __removedFromRoot: string[] }).__removedFromRoot,
    );
    expect(removed).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });

  test('links inside the app keep the language', async ({ page }) => {
    await page.goto('/da/about');
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Overblik' })
      .click();
    await expect(page).toHaveURL(/\/da\/dashboard$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Netværket i tal' })).toBeVisible();
  });

  test('only the active language’s catalogue is downloaded', async ({ page }) => {
    const catalogues: string[] = [];
    page.on('response', (response) => {
      const url = response.url();
      if (/\/(en|da)-[\w-]+\.js$/.test(url)) catalogues.push(url);
    });
    await page.goto('/da/about');
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await page.waitForLoadState('networkidle');
    expect(catalogues.some((url) => /\/da-/.test(url))).toBe(true);
    expect(catalogues.some((url) => /\/en-/.test(url))).toBe(false);
  });
});
