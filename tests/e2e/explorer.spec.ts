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
