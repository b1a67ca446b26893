// An ecosystem's page, the explorer on narrow screens, and the embeddable map.
import { expect, test } from './fixtures';

const mapReady = '[data-map-ready="true"]';

test.describe('ecosystem page', () => {
  test('South DENMARK eHealth ECOsystem shows its category, leads, partner and advantages', async ({
    page,
    problems,
  }) => {
    await page.goto('/ecosystems/south-denmark-ehealth-ecosystem');
    await expect(
      page.getByRole('heading', { level: 1, name: 'South DENMARK eHealth ECOsystem' }),
    ).toBeVisible();
    await expect(page.getByText('Network programme')).toBeVisible();
    const organisations = page.getByRole('region', { name: 'Organisations' });
    await expect(organisations).toContainText('Welfare Tech');
    await expect(organisations).toContainText('Health Innovation Centre of Southern Denmark');
    await expect(organisations).toContainText('The Region of Southern Denmark');
    const advantages = page.getByRole('region', { name: 'Advantages' }).getByRole('listitem');
    await expect(advantages).toHaveText([
      'International awareness',
      'Access to knowledge',
      'Network in export markets',
      'Closer collaboration',
    ]);
    await expect(page.getByRole('region', { name: 'The nine principles' })).toBeVisible();
    expect(problems.consoleErrors).toEqual([]);
  });

  test('a placeholder record says its details are not public', async ({ page }) => {
    await page.goto('/ecosystems/digital-health-ecosystem-belgium');
    await expect(page.getByText('Details not yet public', { exact: true })).toBeVisible();
    await expect(page.getByText(/no public page gives its name/)).toBeVisible();
  });

  test('previous and next stay within the filtered set', async ({ page }) => {
    await page.goto('/ecosystems/health-capital-helsinki?country=finland');
    await expect(page.getByText('of 3')).toBeVisible();
    await page.getByRole('link', { name: /^Next:/ }).click();
    await expect(page).toHaveURL(/country=finland/);
    await expect(page.getByText(/^[23] of 3$/)).toBeVisible();
  });
});

test.describe('narrow screens', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('map with a filter drawer and a list sheet, without horizontal scrolling', async ({
    page,
  }) => {
    await page.goto('/');
    await page.locator(mapReady).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByRole('checkbox', { name: /^Spain/ }).click();
    await page.getByRole('button', { name: 'Show results' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'ecosystems' })).toHaveText(
      '8 ecosystems in 1 country',
    );
    await page.getByRole('button', { name: 'Show list' }).click();
    await expect(page.getByRole('link', { name: 'Basque Health Ecosystem' })).toBeVisible();
  });
});

test('the embeddable map draws without the site around it and links back with the filters', async ({
  page,
  problems,
}) => {
  await page.goto('/embed?country=spain');
  await page.locator('[data-map-ready="true"]').waitFor();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText('8 ecosystems in 1 country');
  await expect(page.getByRole('link', { name: /Open in Ecosystem Atlas/ })).toHaveAttribute(
    'href',
    '/?country=spain',
  );
  expect(problems.consoleErrors).toEqual([]);
});
