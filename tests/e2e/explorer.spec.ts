import { COLORS } from '../../src/features/map/layers';
import { expect, test } from './fixtures';
import { colourShares } from './map-pixels';
import { mapAtRest, reachForMap } from './map-start';

const mapReady = '[data-map-ready="true"]';

test.describe('map explorer', () => {
  test('the map draws land, water and bubbles, with no console errors and no foreign requests', async ({
    page,
    problems,
  }) => {
    await page.goto('/');
    await page.locator(mapReady).waitFor();
    const shot = await page.getByRole('region', { name: 'Map', exact: true }).screenshot();
    const shares = colourShares(shot, {
      water: COLORS.water,
      land: COLORS.land,
      bubble: COLORS.ecosystem,
    });
    expect(shares.water).toBeGreaterThan(0.2);
    expect(shares.land).toBeGreaterThan(0.1);
    expect(shares.bubble).toBeGreaterThan(0.002);
    await expect(
      page.getByRole('status').filter({ hasText: /ecosystems in \d+ countries/ }),
    ).toBeVisible();
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
  });

  test('reading and tab order follow the layout: filters, then map, then list', async ({
    page,
  }) => {
    await page.goto('/');
    await page.locator(mapReady).waitFor();
    const order = await page.evaluate(() => {
      const filters = document.querySelector('#filters, .explorer__filters');
      const map = document.querySelector('section[aria-label="Map"]');
      const list = document.querySelector('section[aria-labelledby="results-title"]');
      if (!filters || !map || !list) return 'missing';
      const before = (a: Node, b: Node) =>
        (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      return before(filters, map) && before(map, list) ? 'in order' : 'out of order';
    });
    expect(order).toBe('in order');
  });

  test('clicking "Denmark (n)" filters the map and the list to Denmark', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('checkbox', { name: /^Denmark \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/\?country=denmark$/);
    const list = page.getByRole('list', { name: 'Ecosystems' });
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(list).toContainText('South DENMARK eHealth ECOsystem');
    await expect(page.getByRole('status').filter({ hasText: 'ecosystem' })).toHaveText(
      '1 ecosystem in 1 country',
    );
    // The map follows a frame after the list.
    await expect(page.getByRole('region', { name: 'Map of 1 ecosystem' })).toBeVisible();
  });

  test('/?country=spain shows the Spanish ecosystems', async ({ page }) => {
    await page.goto('/?country=spain');
    const items = page.getByRole('list', { name: 'Ecosystems' }).getByRole('listitem');
    await expect(items).toHaveCount(8);
    for (const name of [
      'Madrid Digital Health-Biosciences Ecosystem',
      'Basque Health Ecosystem',
      'Catalan eHealth Ecosystem',
      'Galician Ecosystem',
    ]) {
      await expect(items.filter({ hasText: name })).toHaveCount(1);
    }
    await expect(page.getByRole('checkbox', { name: /^Spain \(8\)$/ })).toBeChecked();
  });

  test('back and forward restore the filters', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('checkbox', { name: /^Finland/ }).click();
    await expect(page).toHaveURL(/country=finland$/);
    await page.getByRole('checkbox', { name: /^Estonia/ }).click();
    await expect(page).toHaveURL(/country=finland,estonia$/);
    await page.goBack();
    await expect(page).toHaveURL(/country=finland$/);
    await expect(page.getByRole('checkbox', { name: /^Estonia/ })).not.toBeChecked();
    await expect(page.getByRole('list', { name: 'Ecosystems' }).getByRole('listitem')).toHaveCount(
      3,
    );
    await page.goForward();
    await expect(page.getByRole('checkbox', { name: /^Estonia/ })).toBeChecked();
    await expect(page.getByRole('list', { name: 'Ecosystems' }).getByRole('listitem')).toHaveCount(
      4,
    );
  });

  test('search narrows the list and lands in the URL; a reload restores it', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search ecosystems' }).fill('oulu');
    await expect(page).toHaveURL(/q=oulu/);
    await expect(page.getByRole('list', { name: 'Ecosystems' }).getByRole('listitem')).toHaveCount(
      1,
    );
    await page.reload();
    await expect(page.getByRole('searchbox', { name: 'Search ecosystems' })).toHaveValue('oulu');
    await expect(page.getByRole('list', { name: 'Ecosystems' })).toContainText('OuluHealth');
  });

  test('unknown and hostile URL values are dropped and the user is told', async ({
    page,
    problems,
  }) => {
    await page.goto('/?country=denmark,atlantis,%3Cscript%3Ealert(1)%3C/script%3E&region=mars');
    await expect(page.getByText(/not recognised and were left out/)).toBeVisible();
    await expect(page.getByText('atlantis')).toBeVisible();
    await expect(page).toHaveURL(/\?country=denmark$/);
    await expect(page.getByRole('list', { name: 'Ecosystems' }).getByRole('listitem')).toHaveCount(
      1,
    );
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByText(/not recognised/)).toHaveCount(0);
    expect(problems.consoleErrors).toEqual([]);
  });

  test('the keyboard alone can filter, open an ecosystem and come back', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search ecosystems' }).focus();
    // Tab from the search box to the location checkboxes, then to Denmark.
    const denmark = page.getByRole('checkbox', { name: /^Denmark/ });
    for (
      let i = 0;
      i < 40 && !(await denmark.evaluate((el) => el === document.activeElement));
      i += 1
    ) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/country=denmark/);
    const link = page.getByRole('link', { name: 'South DENMARK eHealth ECOsystem' });
    for (
      let i = 0;
      i < 80 && !(await link.evaluate((el) => el === document.activeElement));
      i += 1
    ) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('heading', { level: 1, name: 'South DENMARK eHealth ECOsystem' }),
    ).toBeVisible();
    const back = page.getByRole('link', { name: 'Back to the map' });
    for (
      let i = 0;
      i < 80 && !(await back.evaluate((el) => el === document.activeElement));
      i += 1
    ) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/\?country=denmark$/);
    await expect(page.getByRole('checkbox', { name: /^Denmark/ })).toBeChecked();
  });

  test('"Show on map" selects an ecosystem and opens its panel', async ({ page }) => {
    await page.goto('/?country=finland');
    await page.locator(mapReady).waitFor();
    await page.getByRole('button', { name: 'Show on map: OuluHealth Ecosystem' }).click();
    const panel = page.getByRole('complementary', { name: 'OuluHealth Ecosystem' });
    await expect(panel).toBeVisible();
    await expect(panel).toContainText('Member organisations');
    await expect(panel).toContainText('Meetings per year');
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
  });

  test('clicking a point on the map selects its ecosystem', async ({ page }) => {
    await page.goto('/?country=denmark');
    await reachForMap(page);
    await mapAtRest(page);
    const box = await page.getByRole('region', { name: 'Map', exact: true }).boundingBox();
    if (!box) throw new Error('no map');
    // One ecosystem: the map fits it, so it sits in the middle of the map.
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(
      page.getByRole('complementary', { name: 'South DENMARK eHealth ECOsystem' }),
    ).toBeVisible();
    await expect(
      page.getByRole('list', { name: 'Ecosystems' }).getByRole('listitem').first(),
    ).toHaveAttribute('aria-current', 'true');
  });
});
