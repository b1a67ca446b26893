// The styles of a prerendered page cascade as they do when its route loads in the browser: a
// page's own rules come after the shared ones they refine, so a wide screen shows the filter
// column with no drawer buttons, whether the page was prerendered or reached by a link.
import { expect, test } from './fixtures';

test.describe('on a wide screen (1280 × 900)', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('the explorer shows its filters without the drawer buttons, prerendered or not', async ({
    page,
  }) => {
    const drawerButtons = () => [
      page.getByRole('button', { name: /^Filters/ }),
      page.getByRole('button', { name: 'Show results' }),
    ];
    await page.goto('/?theme=telehealth');
    await expect(page.getByRole('complementary', { name: 'Filters' })).toBeVisible();
    for (const button of drawerButtons()) await expect(button).toBeHidden();

    await page.goto('/about');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Map' }).click();
    await expect(page.getByRole('complementary', { name: 'Filters' })).toBeVisible();
    for (const button of drawerButtons()) await expect(button).toBeHidden();
  });
});

test.describe('on a phone (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the explorer keeps its filters behind the Filters button', async ({ page }) => {
    await page.goto('/?theme=telehealth');
    await expect(page.getByRole('button', { name: 'Filters (1)' })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Filters' })).toBeHidden();
  });
});
