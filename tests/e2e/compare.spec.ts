import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';

const TWO = ['basque-health-ecosystem', 'south-denmark-ehealth-ecosystem'];
const FOUR = [
  ...TWO,
  'digital-health-ecosystem-belgium',
  'greater-manchester-connected-health-ecosystem',
];
const NAMES: Record<string, string> = {
  'basque-health-ecosystem': 'Basque Health Ecosystem',
  'south-denmark-ehealth-ecosystem': 'South DENMARK eHealth ECOsystem',
  'digital-health-ecosystem-belgium': 'Ecosystem in Belgium',
};

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  for (const ids of [TWO, FOUR]) {
    test(`${ids.length} ecosystems side by side, with no horizontal scrolling`, async ({
      page,
      problems,
    }) => {
      await page.goto(`/compare?ids=${ids.join(',')}`);
      const table = page.getByRole('table', { name: /side by side/ });
      await expect(table).toBeVisible();
      const headers = table.getByRole('columnheader');
      await expect(headers).toHaveCount(ids.length);
      const boxes = await Promise.all((await headers.all()).map((header) => header.boundingBox()));
      for (let index = 1; index < boxes.length; index++) {
        const [previous, current] = [boxes[index - 1], boxes[index]];
        expect(current?.y).toBeCloseTo(previous?.y ?? -1, 0);
        expect(current?.x).toBeGreaterThanOrEqual((previous?.x ?? 0) + (previous?.width ?? 0) - 1);
      }
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await expect(
        page.getByRole('rowheader', { name: /^Location and world region/ }),
      ).toContainText('Differs');
      expect(problems.consoleErrors).toEqual([]);
    });
  }
});

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const ids of [TWO, FOUR]) {
    test(`${ids.length} ecosystems one after another`, async ({ page }) => {
      await page.goto(`/compare?ids=${ids.join(',')}`);
      const first = page.getByRole('heading', { level: 2, name: NAMES[TWO[0] ?? ''] });
      const second = page.getByRole('heading', { level: 2, name: NAMES[TWO[1] ?? ''] });
      await expect(second).toBeVisible();
      await expect(page.getByRole('table', { name: /side by side/ })).toBeHidden();
      const [a, b] = [await first.boundingBox(), await second.boundingBox()];
      if (!a || !b) throw new Error('no boxes');
      expect(b.y).toBeGreaterThanOrEqual(a.y + a.height);
      expect(Math.abs(b.x - a.x)).toBeLessThan(2);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    });
  }
});

// The empty page and two ecosystems, in both languages: a11y.spec.ts.
test.describe('accessibility (axe, WCAG 2.2 AA): no violations', () => {
  for (const [name, path, width] of [
    ['four', `/compare?ids=${FOUR.join(',')}`, 1280],
    ['four, narrow', `/compare?ids=${FOUR.join(',')}`, 390],
    ['with a notice', `/compare?ids=${TWO.join(',')},atlantis,${TWO[0] ?? ''}`, 1280],
    ['tray on the map', `/?compare=${FOUR.join(',')}`, 1280],
  ] as const) {
    test(name, async ({ page }) => {
      await page.setViewportSize({ width, height: 844 });
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeAttached();
      await page.waitForLoadState('networkidle');
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test('"Add to comparison" in the list, then the tray\'s Compare link, opens /compare', async ({
  page,
}) => {
  await page.goto('/?country=spain');
  await page.getByRole('button', { name: 'Add to comparison: Basque Health Ecosystem' }).click();
  const tray = page.getByRole('complementary', { name: 'Comparison' });
  await expect(tray).toContainText('Basque Health Ecosystem');
  await expect(page).toHaveURL(/\?country=spain&compare=basque-health-ecosystem$/);
  await tray.getByRole('link', { name: 'Compare (1)' }).click();
  await expect(page).toHaveURL(/\/compare\?ids=basque-health-ecosystem$/);
  await expect(
    page.getByText(/One ecosystem chosen so far: Basque Health Ecosystem/),
  ).toBeVisible();
  const galician = page.getByRole('checkbox', { name: 'Galician Ecosystem' });
  await galician.check();
  await expect(galician).toBeFocused();
  await expect(page.getByRole('columnheader', { name: 'Galician Ecosystem' })).toBeVisible();
});

test("the presenter's comparison slide fits a 1280 × 720 projector", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/present?compare=${FOUR.join(',')}&slide=11`);
  await expect(page.getByRole('heading', { level: 1, name: 'Side by side' })).toBeVisible();
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveCount(4);
  await expect(table.getByRole('rowheader')).toHaveCount(6);
  const slide = await table.boundingBox();
  const controls = await page.getByRole('navigation', { name: 'Slides' }).boundingBox();
  if (!slide || !controls) throw new Error('no boxes');
  expect(slide.y + slide.height).toBeLessThanOrEqual(controls.y);
});

test('the prerendered /compare hydrates cleanly, and its picker builds the comparison', async ({
  page,
  problems,
}) => {
  await page.goto('/compare');
  await expect(page.getByText(/Choose two to four ecosystems/)).toBeVisible();
  await page.getByRole('checkbox', { name: 'Basque Health Ecosystem' }).check();
  await page.getByRole('checkbox', { name: 'South DENMARK eHealth ECOsystem' }).check();
  await expect(page).toHaveURL(
    /\/compare\?ids=basque-health-ecosystem,south-denmark-ehealth-ecosystem$/,
  );
  await expect(
    page.getByRole('table', { name: /side by side/ }).getByRole('columnheader'),
  ).toHaveCount(2);
  await expect(page).toHaveTitle(/^Compare: Basque Health Ecosystem and South DENMARK/);
  expect(problems.consoleErrors).toEqual([]);
});
