// The site on a phone (390 × 844) and on a wide screen: the header, its menu and the pages.
import { expect, test } from './fixtures';

test.describe('on a phone (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the header is one row at most 64 px high on every page', async ({ page }) => {
    for (const path of [
      '/',
      '/dashboard',
      '/events',
      '/about',
      '/ecosystems/south-denmark-ehealth-ecosystem',
    ]) {
      await page.goto(path);
      const box = await page.getByRole('banner').boundingBox();
      expect(box?.height, path).toBeLessThanOrEqual(64);
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    }
  });

  test('the menu is a disclosure that works by keyboard', async ({ page }) => {
    await page.goto('/about');
    const menu = page.getByRole('button', { name: 'Menu' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    const controls = await menu.getAttribute('aria-controls');
    expect(controls).toBeTruthy();
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav).toBeVisible();
    await expect(page.locator(`#${controls}`)).toContainText('Dashboard');
    // Into the menu by Tab, out by Escape: focus comes back to the button.
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Map' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav).toBeHidden();
    await expect(menu).toBeFocused();
    // Space opens it too; following a link closes it on the new page.
    await page.keyboard.press('Space');
    await expect(nav).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Dashboard' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Network in numbers' })).toBeVisible();
    await expect(nav).toBeHidden();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
  });

  test("the ecosystem page opens with the ecosystem's name, previous and next after it", async ({
    page,
  }) => {
    await page.goto('/ecosystems/south-denmark-ehealth-ecosystem');
    const heading = page.getByRole('heading', { level: 1 });
    const siblings = page.getByRole('navigation', { name: 'Ecosystems', exact: true });
    await expect(heading).toBeInViewport();
    const headingFirst = await heading.evaluate(
      (h1, nav) => Boolean(h1.compareDocumentPosition(nav) & Node.DOCUMENT_POSITION_FOLLOWING),
      await siblings.elementHandle(),
    );
    expect(headingFirst).toBe(true);
  });

  test('/events shows a gathering first, the filters behind a button', async ({ page }) => {
    await page.goto('/events');
    const firstGathering = page.getByRole('article').first();
    await expect(firstGathering).toBeInViewport();
    const filters = page.getByRole('complementary', { name: 'Filter the gatherings' });
    await expect(filters).toBeHidden();
    const button = page.getByRole('button', { name: 'Filters' });
    await button.click();
    await expect(filters).toBeVisible();
    await expect(filters.getByText('Location')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(filters).toBeHidden();
    await expect(button).toBeFocused();
  });
});

test('on a wide screen the header shows the navigation, with no menu button', async ({ page }) => {
  await page.goto('/about');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
});
