// The atlas at 10,000 ecosystems in a real browser: the map, list, filters and dashboard stay
// usable. The real records are repeated under new ids (same places, so every one is valid).
// Speed itself is measured by `npm run bench`; this checks that nothing freezes or breaks.
import type { Page } from '@playwright/test';
import { reachForMap } from './map-start';
import { expect, test, withoutPrerender } from './fixtures';

const SIZE = 10_000;

async function serveTenThousand(page: Page): Promise<void> {
  await page.route('**/api/v1/ecosystems.json', async (route) => {
    const response = await route.fetch();
    const document = (await response.json()) as { ecosystems: { id: string; name: string }[] };
    const real = document.ecosystems;
    const ecosystems = Array.from({ length: SIZE }, (_, i) => {
      const record = real[i % real.length];
      if (!record) throw new Error('no records to repeat');
      return i < real.length
        ? record
        : { ...record, id: `${record.id}-${i}`, name: `${record.name} ${i}` };
    });
    await route.fulfill({ response, json: { ...document, ecosystems } });
  });
}

test.describe('at 10,000 ecosystems', () => {
  // The API is changed inside the browser, so pages render from it rather than from their HTML.
  test.beforeEach(({ page }) => withoutPrerender(page));

  test.describe.configure({ timeout: 90_000 });

  test('the map draws, and the filters, search and list keep answering', async ({
    page,
    problems,
  }) => {
    await serveTenThousand(page);
    await page.goto('/');
    await page.locator('[data-map-ready="true"]').waitFor({ timeout: 60_000 });
    const status = page.getByRole('status').filter({ hasText: /ecosystems? in/ });
    await expect(status).toHaveText(/^10,000 ecosystems in \d+ countries$/);
    // The WebGL map, once reached for, draws the 10,000 too.
    await reachForMap(page);
    await expect(page.getByRole('checkbox', { name: 'All (10,000)' })).toBeVisible();

    const spain = page.getByRole('checkbox', { name: /^Spain \([\d,]+\)$/ });
    const spainCount = Number(
      (await page.locator('label', { has: spain }).textContent())
        ?.match(/\(([\d,]+)\)/)?.[1]
        ?.replace(/,/g, ''),
    );
    expect(spainCount).toBeGreaterThan(100);
    await spain.click();
    await expect(status).toHaveText(
      `${spainCount.toLocaleString('en-GB')} ecosystems in 1 country`,
    );
    await expect(
      page.getByRole('region', { name: `Map of ${spainCount.toLocaleString('en-GB')} ecosystems` }),
    ).toBeVisible();
    // Only the rows in view are in the page, and each says where it sits in the whole list.
    const list = page.getByRole('list', { name: 'Ecosystems' });
    const rows = await list.getByRole('listitem').count();
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThan(60);
    await expect(list.getByRole('listitem').first()).toHaveAttribute(
      'aria-setsize',
      String(spainCount),
    );

    await page.getByRole('searchbox', { name: 'Search ecosystems' }).fill('Basque');
    await expect(status).toHaveText(/^[\d,]+ ecosystems? in 1 country$/);
    await expect(list.getByRole('listitem').first()).toContainText('Basque');

    await spain.click();
    await page.getByRole('searchbox', { name: 'Search ecosystems' }).fill('');
    await expect(status).toHaveText(/^10,000 ecosystems/);
    expect(problems.consoleErrors).toEqual([]);
  });

  test('the dashboard draws its charts', async ({ page, problems }) => {
    await serveTenThousand(page);
    await page.goto('/dashboard');
    await expect(page.getByText(/^10,000 ecosystems in \d+ countries$/)).toBeVisible({
      timeout: 60_000,
    });
    await expect
      .poll(() => page.locator('svg.recharts-surface').count(), { timeout: 30_000 })
      .toBeGreaterThanOrEqual(6);
    expect(problems.consoleErrors).toEqual([]);
  });
});
