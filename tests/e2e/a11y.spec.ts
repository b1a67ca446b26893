import type { Page } from '@playwright/test';
import { axeViolations as violations } from './axe';
import { expect, test, withoutPrerender } from './fixtures';

const STATES: { name: string; path: string; ready?: (page: Page) => Promise<void> }[] = [
  {
    name: 'map explorer',
    path: '/',
    ready: (page) => page.locator('[data-map-ready="true"]').waitFor(),
  },
  {
    name: 'filtered map',
    path: '/?country=spain&theme=telehealth',
    ready: (page) => page.locator('[data-map-ready="true"]').waitFor(),
  },
  { name: 'ecosystem page', path: '/ecosystems/south-denmark-ehealth-ecosystem' },
  { name: 'placeholder ecosystem page', path: '/ecosystems/digital-health-ecosystem-belgium' },
  { name: 'dashboard', path: '/dashboard' },
  { name: 'about', path: '/about' },
  { name: 'events', path: '/events' },
  { name: 'filtered events', path: '/events?country=republic-of-ireland' },
  { name: 'compare', path: '/compare' },
  {
    name: 'compare, two ecosystems',
    path: '/compare?ids=basque-health-ecosystem,south-denmark-ehealth-ecosystem',
  },
  { name: 'embed', path: '/embed' },
  { name: 'not found', path: '/nowhere' },
  { name: 'filter notice', path: '/?country=atlantis' },
];
const SLIDES = 11;

/** The path in `language`: English unprefixed, any other under its code (`/da/about`). */
const withLanguage = (path: string, language: string) =>
  language === 'en' ? path : `/${language}${path}`;

test.describe('accessibility (axe, WCAG 2.2 AA)', () => {
  test('the Label in Name rule runs: a mismatched name fails the scan', async ({ page }) => {
    await page.goto('/about');
    // Outside React's tree, once the page has rendered, so nothing re-renders it away.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.textContent = 'Show on map';
      button.setAttribute('aria-label', 'Open the Basque Health Ecosystem');
      document.body.append(button);
    });
    expect((await violations(page)).join('\n')).toContain('label-content-name-mismatch');
  });

  for (const [state, language] of STATES.flatMap((item) =>
    ['en', 'da'].map((code) => [item, code] as const),
  )) {
    test(`${state.name} (${language}): no violations`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(withLanguage(state.path, language));
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeAttached();
      if (state.ready) await state.ready(page);
      await page.waitForLoadState('networkidle');
      expect(await violations(page)).toEqual([]);
    });
  }

  // The slides one after another in one presentation, as a presenter moves through them.
  for (const language of ['en', 'da']) {
    test(`each of the ${SLIDES} presenter slides (${language}): no violations`, async ({
      page,
    }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(withLanguage('/present?slide=1', language));
      const found: string[] = [];
      for (let slide = 1; slide <= SLIDES; slide += 1) {
        if (slide > 1) await page.keyboard.press('ArrowRight');
        await expect(page).toHaveURL(new RegExp(`slide=${slide}(&|$)`));
        await expect(page.getByRole('heading', { level: 1 }).first()).toBeAttached();
        await page.waitForLoadState('networkidle');
        found.push(...(await violations(page)).map((violation) => `slide ${slide}: ${violation}`));
      }
      expect(found).toEqual([]);
    });
  }

  test('dashboard with every table open: no violations', async ({ page }) => {
    await page.goto('/dashboard');
    await expect(page.getByRole('button', { name: 'Show as table' })).toHaveCount(4);
    for (const button of await page.getByRole('button', { name: 'Show as table' }).all())
      await button.click();
    await expect(page.getByRole('table')).toHaveCount(4);
    expect(await violations(page)).toEqual([]);
  });

  test('an error state: no violations', async ({ page }) => {
    // The API fails in the browser, so the page renders from it rather than from its HTML.
    await withoutPrerender(page);
    await page.route('**/api/v1/ecosystems.json', (route) =>
      route.fulfill({ status: 500, body: 'down' }),
    );
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible({ timeout: 30_000 });
    expect(await violations(page)).toEqual([]);
  });

  test('an open ecosystem panel and the narrow filter drawer: no violations', async ({ page }) => {
    await page.goto('/?country=denmark');
    await page.getByRole('button', { name: /^Show on map: / }).click();
    await expect(
      page.getByRole('complementary', { name: 'South DENMARK eHealth ECOsystem' }),
    ).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: /^Filters/ }).click();
    expect(await violations(page)).toEqual([]);
  });
});

test('one h1 per page, and focus moves to the new page on navigation', async ({ page }) => {
  for (const path of [
    '/',
    '/dashboard',
    '/about',
    '/ecosystems/south-denmark-ehealth-ecosystem',
    '/present',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  }
  await page.goto('/about');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Dashboard' })
    .click();
  await expect(page.getByRole('main')).toBeFocused();
});

test('skip link jumps to the content', async ({ page }) => {
  await page.goto('/about');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test.describe('reflow at 400% zoom (320 CSS px wide)', () => {
  test.use({ viewport: { width: 320, height: 480 } });
  for (const path of [
    '/',
    '/dashboard',
    '/about',
    '/ecosystems/south-denmark-ehealth-ecosystem',
    '/present?slide=2',
  ]) {
    test(`${path} needs no horizontal scrolling`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeAttached();
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
