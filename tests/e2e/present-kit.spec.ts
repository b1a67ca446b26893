// The presenter's kit, in the built site: the QR code on each slide scans to that slide's own
// address, the network growing on the map and the growth slide.
import type { Locator } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expect, test } from './fixtures';

/** What a phone camera reads from the QR code on the screen. */
async function scan(code: Locator): Promise<string | undefined> {
  const png = PNG.sync.read(await code.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

test.describe('QR code on each slide', () => {
  test("scans to the slide's own address, without the projector's settings", async ({
    page,
    baseURL,
  }) => {
    await page.goto('/da/present?country=spain&slide=3&kiosk=1&auto=600');
    const code = page.getByRole('img', { name: /^QR-kode til dette dias/ });
    await expect(code).toBeVisible();
    const address = new URL(`${baseURL}/da/present?country=spain&slide=3`);
    expect(await scan(code)).toBe(address.href);
    await expect(page.getByText(`${address.host}/da/present?country=spain&slide=3`)).toBeVisible();

    // The next slide's code follows the slide.
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/slide=4/);
    await expect.poll(() => scan(code)).toBe(address.href.replace('slide=3', 'slide=4'));
  });

  test('Q hides and shows it, and ?qr=0 starts without it', async ({ page }) => {
    await page.goto('/present?slide=2');
    const code = page.getByRole('img', { name: /^QR code of this slide/ });
    await expect(code).toBeVisible();
    await page.keyboard.press('q');
    await expect(code).toHaveCount(0);
    await expect(page).toHaveURL(/qr=0/);
    await expect(page.getByRole('button', { name: 'QR code' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await page.keyboard.press('q');
    await expect(code).toBeVisible();

    await page.goto('/present?slide=2&qr=0');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(code).toHaveCount(0);
  });

  test('prints with the slide', async ({ page }) => {
    await page.goto('/present?slide=2');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('img', { name: /^QR code of this slide/ })).toBeVisible();
  });
});

test.describe('the network growing on the map', () => {
  test('the year slider, by keyboard, changes the count, the map and the URL', async ({
    page,
    request,
  }) => {
    const { ecosystems } = (await (await request.get('/api/v1/ecosystems.json')).json()) as {
      ecosystems: { joinedNetwork?: { date: string } }[];
    };
    const years = ecosystems.flatMap((e) =>
      e.joinedNetwork ? [Number(e.joinedNetwork.date.slice(0, 4))] : [],
    );
    const first = Math.min(...years);
    const byFirst = years.filter((year) => year <= first).length;
    const undated = ecosystems.length - years.length;

    await page.goto('/');
    const slider = page.getByRole('slider', { name: 'Joined the network by' });
    await expect(slider).toHaveAttribute('aria-valuetext', 'Today');
    await expect(
      page.getByText(
        `${undated} of ${ecosystems.length} records publish no date of joining the network`,
      ),
    ).toBeVisible();
    const map = page.getByRole('region', { name: /^Map of \d+ ecosystems?$/ });
    await expect(map).toHaveAccessibleName(`Map of ${ecosystems.length} ecosystems`);
    const linksBefore = await map.getByRole('link').count();

    await slider.focus();
    await page.keyboard.press('Home');
    await expect(page).toHaveURL(new RegExp(`[?&]year=${first}(&|$)`));
    await expect(slider).toHaveAttribute('aria-valuetext', String(first));
    await expect(page.getByRole('status').filter({ hasText: /ecosystems? in/ })).toHaveText(
      new RegExp(`^${byFirst} ecosystems? in`),
    );
    await expect(map).toHaveAccessibleName(new RegExp(`^Map of ${byFirst} ecosystems?$`));
    expect(await map.getByRole('link').count()).toBeLessThan(linksBefore);

    // One step on, more ecosystems; End is today again, with no year in the URL.
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`[?&]year=${first + 1}(&|$)`));
    await page.keyboard.press('End');
    await expect(page).not.toHaveURL(/year=/);
    await expect(map).toHaveAccessibleName(`Map of ${ecosystems.length} ecosystems`);
  });
});

test.describe('the growth slide', () => {
  const yearOf = async (slide: Locator) =>
    Number((await slide.locator('.growth-slide__year').innerText()).replace(/\D/g, ''));

  test('under reduced motion it shows one year per key press, the map and the counts following', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/present?slide=8');
    const slide = page.getByRole('main');
    await expect(slide.getByRole('heading', { level: 1, name: 'Growth over time' })).toBeVisible();
    await expect(slide.getByRole('heading', { name: 'The network’s own count' })).toBeVisible();
    await expect(
      slide.getByText(/records publish no join date: left out, not guessed/),
    ).toBeVisible();
    const first = await yearOf(slide);
    // An absence can only be watched for a while: longer than one autoplay step would take.
    await page.waitForTimeout(3500);
    expect(await yearOf(slide), 'no motion without a key').toBe(first);
    const map = slide.getByRole('region', { name: /^Map of \d+ ecosystems?$/ });
    const before = await map.getAttribute('aria-label');

    for (let step = 1; step <= 3; step += 1) await page.keyboard.press('ArrowUp');
    expect(await yearOf(slide)).toBe(first + 3);
    await expect(slide.getByText(new RegExp(`^By ${first + 3}: \\d+ ecosystems?`))).toBeVisible();
    await expect(map).not.toHaveAttribute('aria-label', before ?? '');
    // The slide stays: Up and Down are the years', Left and Right the slides'.
    await expect(page).toHaveURL(/slide=8/);
    await page.keyboard.press('ArrowDown');
    expect(await yearOf(slide)).toBe(first + 2);
  });

  test('it plays the years on its own', async ({ page }) => {
    await page.goto('/present?slide=8');
    const slide = page.getByRole('main');
    await expect(slide.locator('.growth-slide__year')).toBeVisible();
    const first = await yearOf(slide);
    await expect.poll(() => yearOf(slide), { timeout: 8000 }).toBe(first + 1);
  });
});
