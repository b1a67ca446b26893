// The presenter mode at /present: the slides walked by keyboard with the URL following, a deep
// link to a slide, the automatic advance and the kiosk loop, and text readable on a projector.
import { expect, test } from './fixtures';

test.describe('presenter mode', () => {
  test('walks every slide by keyboard with the URL following, and Esc returns to the dashboard', async ({
    page,
    request,
    problems,
  }) => {
    // The spotlight is asked for, so its slide has a title known in advance.
    const spotlight = 'south-denmark-ehealth-ecosystem';
    const { ecosystem } = (await (
      await request.get(`/api/v1/ecosystems/${spotlight}.json`)
    ).json()) as { ecosystem: { name: string } };
    await page.goto(`/present?spotlight=${spotlight}`);
    await expect(page.getByText('Slide 1 of 11')).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 1, name: 'The network in numbers' }),
    ).toBeVisible();
    const titles = [
      /Member organisations/,
      'Active countries',
      /gatherings a year/i,
      /Ecosystems/,
      /Participants/,
      'Ecosystems by region',
      'Growth over time',
      'Where the ecosystems are',
      ecosystem.name,
      'Connect with an ecosystem',
    ];
    for (const [i, title] of titles.entries()) {
      await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'PageDown');
      await expect(page).toHaveURL(new RegExp(`slide=${i + 2}`));
      await expect(page.getByText(`Slide ${i + 2} of 11`)).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: title }).first()).toBeVisible();
      if (title === ecosystem.name)
        await expect(page.getByText('Ecosystem spotlight')).toBeVisible();
    }
    await page.keyboard.press('Home');
    await expect(page).toHaveURL(new RegExp(`/present\\?spotlight=${spotlight}$`));
    await page.keyboard.press('End');
    await expect(page).toHaveURL(/slide=11/);
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(/slide=10/);
    await page.keyboard.press('3');
    await expect(page).toHaveURL(/slide=3/);
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/slide=4/);
    await page.keyboard.press('PageUp');
    await expect(page).toHaveURL(/slide=3/);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/dashboard(\?spotlight=[a-z-]+)?$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Network in numbers' })).toBeVisible();
    expect(problems.consoleErrors).toEqual([]);
  });

  test('a deep link opens its slide, and the map slide draws', async ({ page }) => {
    await page.goto('/present?slide=9');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Where the ecosystems are' }),
    ).toBeVisible();
    await expect(page.locator('[data-map-ready="true"]')).toBeVisible();
  });

  test('?auto=2 advances on its own with a progress bar; P pauses', async ({ page }) => {
    // A clock of the test's own: time runs as usual, and can be moved on at once.
    await page.clock.install();
    await page.goto('/present?auto=2');
    const progress = page.getByRole('progressbar', { name: 'Time to the next slide' });
    await expect(progress).toBeVisible();
    await expect(page).toHaveURL(/slide=2/, { timeout: 5000 });
    await page.keyboard.press('p');
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    const paused = await progress.getAttribute('aria-valuenow');
    await page.clock.runFor(5000);
    await expect(page).toHaveURL(/slide=2/);
    await expect(progress).toHaveAttribute('aria-valuenow', paused ?? '');
    // Playing again, it moves on after its two seconds.
    await page.keyboard.press('p');
    await page.clock.runFor(2500);
    await expect(page).toHaveURL(/slide=3/);
  });

  test('?kiosk=1 hides the controls and loops', async ({ page }) => {
    await page.goto('/present?kiosk=1&auto=1&slide=11');
    // The slide is drawn first, so the absence of the controls means something.
    await expect(
      page.getByRole('heading', { level: 1, name: 'Connect with an ecosystem' }),
    ).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Slides' })).toHaveCount(0);
    await expect(page).toHaveURL(/present\?kiosk=1&auto=1$/, { timeout: 4000 });
  });

  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    test(`readable at ${size.width}x${size.height}: body text at least 32 px, figures fill the slide`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      // Slide 3 is a computed count; published figures keep their wording at a smaller size.
      await page.goto('/present?slide=3');
      const label = page.getByRole('heading', { level: 1 });
      await expect(label).toBeVisible();
      const bodySize = await page
        .locator('.slide__note')
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(bodySize).toBeGreaterThanOrEqual(32);
      const giant = await page.locator('.slide__giant').boundingBox();
      expect((giant?.height ?? 0) / size.height).toBeGreaterThan(0.3);
    });
  }
});
