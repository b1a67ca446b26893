// An embed that a host page on another origin drives with messages, and one it ignores.
import type { Page } from '@playwright/test';
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
