// The presenter's and the sharer's kit, in the built site: the QR code on each slide scans to
// that slide's own address, the phone header, the year control and the growth slide.
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { expect, test } from './fixtures';

// The atlas runs on 127.0.0.1 here; Chromium blocks a public site's frame of a local address
// (Local Network Access), which a deployed atlas never meets (as in embed.spec.ts).
test.use({
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--disable-features=LocalNetworkAccessChecks'],
  },
});

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

test.describe('an embed a host page can drive', () => {
  /** A page on another origin that frames the embed and posts `message` to it. */
  async function host(page: Page, origin: string, src: string) {
    await page.route(`${origin}/page.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><title>Host</title><body><h1>Host</h1>
<iframe id="atlas" src="${src}" title="Ecosystem map" width="800" height="500"></iframe>
<script>window.received = []; addEventListener('message', (e) => received.push(e.data));</script>
</body></html>`,
      }),
    );
    await page.goto(`${origin}/page.html`);
    const frame = page.frameLocator('#atlas');
    await expect(frame.locator('html[data-hydrated]')).toBeAttached();
    return frame;
  }
  const setSpain = (page: Page) =>
    page.evaluate(() =>
      (document.getElementById('atlas') as HTMLIFrameElement).contentWindow?.postMessage(
        { type: 'atlas:set-filters/v1', filters: { country: ['spain'] } },
        '*',
      ),
    );

  test('follows a trusted host that sets a country, and reports its height', async ({
    page,
    baseURL,
    request,
  }) => {
    const { ecosystems } = (await (await request.get('/api/v1/ecosystems.json')).json()) as {
      ecosystems: { locationId: string }[];
    };
    const spanish = ecosystems.filter((e) => e.locationId === 'spain').length;
    const frame = await host(
      page,
      'http://host.example',
      `${baseURL}/embed?origin=http://host.example`,
    );
    const map = frame.getByRole('region', { name: /^Map of \d+ ecosystems?$/ });
    await expect(map).toHaveAccessibleName(`Map of ${ecosystems.length} ecosystems`);
    await setSpain(page);
    await expect(map).toHaveAccessibleName(`Map of ${spanish} ecosystems`);
    await expect
      .poll(() =>
        page.evaluate(() =>
          (window as unknown as { received: { type: string }[] }).received.map((m) => m.type),
        ),
      )
      .toEqual(expect.arrayContaining(['atlas:ready/v1', 'atlas:height/v1', 'atlas:selection/v1']));
  });

  test('ignores a host whose origin the embed does not name', async ({
    page,
    baseURL,
    request,
  }) => {
    const { ecosystems } = (await (await request.get('/api/v1/ecosystems.json')).json()) as {
      ecosystems: unknown[];
    };
    const frame = await host(
      page,
      'http://other.example',
      `${baseURL}/embed?origin=http://host.example`,
    );
    const map = frame.getByRole('region', { name: /^Map of \d+ ecosystems?$/ });
    await expect(map).toHaveAccessibleName(`Map of ${ecosystems.length} ecosystems`);
    await setSpain(page);
    // An ignored message leaves no trace to wait for: watch the frame for a while.
    await page.waitForTimeout(1500);
    await expect(map).toHaveAccessibleName(`Map of ${ecosystems.length} ecosystems`);
    expect(page.frames().some((f) => f.url().includes('country='))).toBe(false);
  });
});

test.describe('a share card per page', () => {
  /** The page's og:image and twitter:image, from its prerendered HTML. */
  async function cardOf(request: APIRequestContext, path: string) {
    // The folder's own index.html (the preview server answers a path without a slash with
    // the app's shell).
    const html = await (await request.get(path)).text();
    expect(html).toContain(`data-prerendered="${path.replace(/^\/da/, '').replace(/\/$/, '')}"`);
    const og = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    const twitter = /<meta name="twitter:image" content="([^"]+)"/.exec(html)?.[1];
    expect(og, path).toBeTruthy();
    expect(twitter).toBe(og);
    const response = await request.get(new URL(og ?? '').pathname);
    expect(response.headers()['content-type']).toContain('image/png');
    const bytes = await response.body();
    return { url: og, bytes, png: PNG.sync.read(bytes) };
  }

  test('an ecosystem page names its own 1200 × 630 PNG, unlike another ecosystem’s', async ({
    request,
  }) => {
    const south = await cardOf(request, '/ecosystems/south-denmark-ehealth-ecosystem/');
    expect([south.png.width, south.png.height]).toEqual([1200, 630]);
    expect(south.bytes.length).toBeLessThan(80_000);
    const other = await cardOf(request, '/ecosystems/medical-valley/');
    expect([other.png.width, other.png.height]).toEqual([1200, 630]);
    expect(other.url).not.toBe(south.url);
    expect(Buffer.compare(other.bytes, south.bytes)).not.toBe(0);
    // In the page's language: the Danish page has a card of its own.
    const danish = await cardOf(request, '/da/ecosystems/south-denmark-ehealth-ecosystem/');
    expect(danish.url).not.toBe(south.url);
  });
});
