// Pages that print cleanly on A4: an ecosystem page without the site around it and with its
// link addresses written out, and the dashboard's charts whole and without their controls.
import { expect, test } from './fixtures';

test.describe('print', () => {
  test('an ecosystem page prints without the site around it, with link addresses', async ({
    page,
  }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto('/ecosystems/catalan-ehealth-ecosystem');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Catalan eHealth Ecosystem' }),
    ).toBeVisible();
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    expect(await page.locator('nav').count()).toBeGreaterThan(0);
    for (const nav of await page.locator('nav').all()) await expect(nav).toBeHidden();
    await expect(page.getByRole('link', { name: 'Dansk' })).toBeHidden();
    await expect(page.locator('.mini-map')).toBeHidden();
    const external = page.locator('main a[href^="https://"]').first();
    const href = await external.getAttribute('href');
    expect(href).toBeTruthy();
    const after = await external.evaluate((link) => getComputedStyle(link, '::after').content);
    expect(after).toContain(href);
    // Internal links (the source marks, the principles) get no address after them.
    const internal = page.locator('main a[href^="/"]').first();
    expect(await internal.evaluate((link) => getComputedStyle(link, '::after').content)).toBe(
      'none',
    );
    // Black on white.
    const colours = await page
      .locator('main h1')
      .evaluate((heading) => [
        getComputedStyle(heading).color,
        getComputedStyle(document.body).backgroundColor,
      ]);
    expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    // On screen, the same link shows no address.
    await page.emulateMedia({ media: 'screen' });
    expect(await external.evaluate((link) => getComputedStyle(link, '::after').content)).toBe(
      'none',
    );
  });

  test('the dashboard prints its charts whole, scaled to the page, without controls', async ({
    page,
  }) => {
    await page.goto('/dashboard?country=spain');
    await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Download PNG' }).first()).toBeHidden();
    await expect(page.getByRole('button', { name: 'Show as table' }).first()).toBeHidden();
    // The filters, written out, since the filter menus are not printed.
    await expect(page.getByText('Filters: Spain', { exact: true })).toBeVisible();
    await expect(page.locator('.chart-card')).toHaveCount(4);
    for (const card of await page.locator('.chart-card').all()) {
      expect(await card.evaluate((element) => getComputedStyle(element).breakInside)).toBe('avoid');
    }
    for (const tile of await page.locator('.kpi-tile').all()) {
      expect(await tile.evaluate((element) => getComputedStyle(element).breakInside)).toBe('avoid');
    }
    // At the width of A4 within its margins (180 mm), every chart fits inside its card.
    await page.setViewportSize({ width: 680, height: 1000 });
    await expect
      .poll(() =>
        page.locator('.chart-card').evaluateAll((cards) =>
          cards.map((card) => {
            const svg = card.querySelector('.recharts-wrapper > svg.recharts-surface');
            return svg
              ? svg.getBoundingClientRect().right <= card.getBoundingClientRect().right
              : false;
          }),
        ),
      )
      .toEqual([true, true, true, true]);
  });
});
