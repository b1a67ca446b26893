// The atlas read in Danish, as a Danish visitor reads it: places named and sorted in Danish,
// the network's figures worded in Danish, and search by Danish names. (axe scans every page in
// Danish in a11y.spec.ts.)
import type { Page } from '@playwright/test';
import da from '../../src/i18n/locales/da.json' with { type: 'json' };
import en from '../../src/i18n/locales/en.json' with { type: 'json' };
import { expect, test } from './fixtures';

/** Where the Danish pages live: switch here if they move (the older form was `?lang=da`). */
const DANISH_PREFIX = '/da';
const LEGACY = (path: string) => `${path}${path.includes('?') ? '&' : '?'}lang=da`;
const danishUrl = (path: string) => `${DANISH_PREFIX}${path}`;

/** Opens a page in Danish: the /da/ form first, the older ?lang=da form if that is missing. */
async function gotoDanish(page: Page, path: string): Promise<void> {
  const response = await page.goto(danishUrl(path));
  if (response?.status() === 404) await page.goto(LEGACY(path));
  await expect(page.locator('html')).toHaveAttribute('lang', /^da/);
}

const collator = new Intl.Collator('da-DK', { sensitivity: 'base', numeric: true });
const nameOf = (option: string) => option.replace(/\s*\([\d.]+\)$/, '');

test.describe('in Danish', () => {
  test('the filter list names places in Danish, in Danish alphabetical order', async ({ page }) => {
    await gotoDanish(page, '/');
    const question = page.getByRole('group', { name: da.filters.locationQuestion });
    await expect(question.getByRole('checkbox', { name: /^Alle \(/ })).toBeVisible();
    const europe = question.locator('details').filter({ hasText: da.labels.region.europe });
    const names = (
      await europe
        .getByRole('checkbox')
        .evaluateAll((boxes) => boxes.map((box) => box.closest('label')?.textContent ?? ''))
    ).map(nameOf);
    for (const place of ['Danmark', 'Spanien', 'Tyskland', 'Skotland'])
      expect(names).toContain(place);
    for (const english of ['Denmark', 'Spain', 'Germany', 'Scotland'])
      expect(names).not.toContain(english);
    expect(names).toEqual([...names].sort(collator.compare));
    const at = (name: string) => names.indexOf(name);
    expect(at('Danmark')).toBeLessThan(at('Skotland'));
    expect(at('Skotland')).toBeLessThan(at('Spanien'));
    expect(at('Spanien')).toBeLessThan(at('Tyskland'));
    // "Alle" comes before every place.
    const all = await question
      .getByRole('checkbox')
      .first()
      .evaluate((box) => box.closest('label')?.textContent ?? '');
    expect(all).toMatch(/^Alle \(/);
  });

  test('the dashboard’s headline tiles carry no English metric names', async ({ page }) => {
    await gotoDanish(page, '/dashboard');
    const headline = page.getByRole('region', { name: da.dashboard.headline.title });
    const counted = page.getByRole('region', { name: new RegExp(`^${da.dashboard.kpi.title}`) });
    await expect(headline.getByRole('term').first()).toBeVisible();
    const terms = [
      ...(await headline.getByRole('term').allTextContents()),
      ...(await counted.getByRole('term').allTextContents()),
    ];
    expect(terms).toContain(da.figures.label['member-organisations']);
    const english = [
      ...Object.values(en.figures.metric),
      ...Object.values(en.figures.label),
      en.dashboard.kpi.members.label,
      en.dashboard.kpi.meetings.label,
      en.dashboard.kpi.countries.label,
      en.dashboard.kpi.ecosystems.label,
    ];
    for (const term of terms) expect(english, term).not.toContain(term);
    const values = await headline.locator('dd').allTextContents();
    expect(values.join(' ')).toContain('mere end 600');
    for (const words of ['more than', 'about', 'over '])
      expect(values.join(' ')).not.toContain(words);
  });

  test('searching a theme by its Danish name finds its ecosystems', async ({ page, request }) => {
    const document = (await (await request.get('/api/v1/ecosystems.json')).json()) as {
      ecosystems: { id: string; themes: string[] }[];
    };
    const telehealth = document.ecosystems.filter((item) => item.themes.includes('telehealth'));
    expect(telehealth.length).toBeGreaterThan(0);
    await gotoDanish(page, '/');
    await page.getByRole('searchbox', { name: da.filters.search }).fill(da.labels.theme.telehealth);
    const status = page.getByRole('status').filter({ hasText: /økosystem/ });
    const count = telehealth.length === 1 ? '1 økosystem ' : `${telehealth.length} økosystemer `;
    await expect(status).toHaveText(new RegExp(`^${count}`));
    // The same search in English finds them by the Danish name too (the language chosen
    // above is forgotten first, so the English page stays English).
    await page.evaluate(() => window.localStorage.clear());
    await page.goto(`/?q=${encodeURIComponent(da.labels.theme.telehealth)}`);
    await expect(page.getByRole('status').filter({ hasText: /ecosystem/ })).toHaveText(
      new RegExp(`^${telehealth.length} ecosystems? `),
    );
  });

  // axe scans every page in Danish too: tests/e2e/a11y.spec.ts, each state in both languages.

  test('a placeholder is called after its location in Danish', async ({ page }) => {
    await gotoDanish(page, '/ecosystems/digital-health-ecosystem-belgium');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Økosystem i Belgien');
    await expect(page.getByText('Netværkets minimum: mindst 4 møder om året')).toBeVisible();
  });
});
