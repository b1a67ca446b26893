import { expect, test, withoutPrerender } from './fixtures';

test.describe('faults in a real browser', () => {
  // The API is changed inside the browser, so pages render from it rather than from their HTML.
  test.beforeEach(({ page }) => withoutPrerender(page));

  test('a failing document shows an error with "Try again", which recovers', async ({ page }) => {
    let fail = true;
    await page.route('**/api/v1/ecosystems.json', async (route) => {
      if (fail) await route.fulfill({ status: 500, body: 'down' });
      else await route.continue();
    });
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The server answered 500', { timeout: 30_000 });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    fail = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(
      page.getByRole('list', { name: 'Ecosystems' }).getByRole('listitem').first(),
    ).toBeVisible();
  });

  test('HTML served with status 200 is an error, not a blank page', async ({ page }) => {
    await page.route('**/api/v1/locations.json', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>oops</p>' }),
    );
    await page.goto('/dashboard');
    await expect(page.getByRole('alert')).toContainText('Expected JSON but got text/html');
    await expect(page.getByRole('heading', { level: 1, name: 'Network in numbers' })).toBeVisible();
  });

  test('a lost connection is an error with "Try again"', async ({ page }) => {
    await page.route('**/api/v1/ecosystems.json', (route) => route.abort('internetdisconnected'));
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('network is unreachable', {
      timeout: 30_000,
    });
  });

  test('a broken record is skipped and counted', async ({ page }) => {
    await page.route('**/api/v1/ecosystems.json', async (route) => {
      const response = await route.fetch();
      const document = (await response.json()) as { ecosystems: Record<string, unknown>[] };
      document.ecosystems[0] = { ...document.ecosystems[0], coordinates: ['x', 'y'] };
      await route.fulfill({ response, json: document });
    });
    await page.goto('/');
    await expect(page.getByText('1 record could not be shown')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /ecosystems in/ })).toBeVisible();
  });

  test('one endpoint failing leaves the rest of the page working', async ({ page }) => {
    await page.route('**/api/v1/events.json', (route) => route.fulfill({ status: 503 }));
    await page.goto('/ecosystems/south-denmark-ehealth-ecosystem');
    await expect(
      page.getByRole('heading', { level: 1, name: 'South DENMARK eHealth ECOsystem' }),
    ).toBeVisible();
    await expect(page.getByText('The gatherings could not be loaded')).toBeVisible({
      timeout: 30_000,
    });
  });

  test('without WebGL the list takes over with a message', async ({ page }) => {
    await page.addInitScript(() => {
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the canvas as `this`
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function getContext(
        this: HTMLCanvasElement,
        kind: string,
        options?: unknown,
      ) {
        if (kind === 'webgl2' || kind === 'webgl') return null;
        return original.call(this, kind as '2d', options as CanvasRenderingContext2DSettings);
      } as typeof original;
    });
    await page.goto('/?country=spain');
    await expect(
      page.getByRole('status').filter({ hasText: 'The zoomable map is not available' }),
    ).toBeVisible();
    // The SVG map stays the map: Spain's bubble is still a link to its ecosystems.
    await expect(page.locator('.svg-map')).toBeVisible();
    await expect(page.locator('.svg-map a').first()).toBeVisible();
    await expect(page.getByRole('list', { name: 'Ecosystems' }).getByRole('listitem')).toHaveCount(
      8,
    );
  });

  test('offline: a banner, and what is loaded keeps working', async ({ page, context }) => {
    await page.goto('/?country=finland');
    await expect(page.getByRole('list', { name: 'Ecosystems' }).getByRole('listitem')).toHaveCount(
      3,
    );
    await context.setOffline(true);
    await expect(page.getByText(/You are offline/)).toBeVisible();
    await page.getByRole('checkbox', { name: /^Estonia/ }).click();
    await expect(page.getByRole('list', { name: 'Ecosystems' }).getByRole('listitem')).toHaveCount(
      4,
    );
    await context.setOffline(false);
    await expect(page.getByText(/You are offline/)).toHaveCount(0);
  });
});
