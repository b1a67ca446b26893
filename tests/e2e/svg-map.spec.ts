// The map in the first paint: an SVG map in the HTML (a link per location), shown without
// JavaScript and where WebGL is missing. The switch to the WebGL map is in map-switch.spec.ts.
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { expect, test } from './fixtures';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/ shows the SVG map with a link per location, named by place and count', async ({
    page,
    request,
  }) => {
    const { locations } = (await (await request.get('/api/v1/locations.json')).json()) as {
      locations: { id: string; ecosystemCount: number }[];
    };
    const placed = locations.filter((location) => location.ecosystemCount > 0);
    await page.goto('/');
    const map = page.getByRole('region', { name: /^Map of \d+ ecosystems$/ });
    await expect(map).toBeVisible();
    await expect(map.getByRole('link', { name: /: \d+ ecosystems?$/ })).toHaveCount(placed.length);
    await expect(map.getByRole('link', { name: 'Natural Earth' })).toBeVisible();
    const denmark = map.getByRole('link', { name: 'Denmark: 1 ecosystem' });
    await expect(denmark).toHaveAttribute('href', '/?country=denmark');
    await expect(map.getByRole('link', { name: /^Spain: \d+ ecosystems$/ })).toBeVisible();
    // The countries are drawn: the shapes file is there and holds Denmark.
    const shapes = await request.get('/basemap/countries-110m.svg');
    expect(shapes.ok()).toBe(true);
    expect(await shapes.text()).toContain('id="c208"');
  });
});

test.describe('in a browser without WebGL', () => {
  test('/?country=spain shows the SVG map, the list and a notice, with no page error', async ({
    playwright,
    baseURL,
  }) => {
    // A browser of its own: WebGL off is a launch flag.
    const browser = await playwright.chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, '--disable-webgl'],
    });
    const page = await browser.newPage({ baseURL });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto('/?country=spain');
    const map = page.getByRole('region', { name: /^Map of \d+ ecosystems$/ });
    await expect(map).toBeVisible();
    await expect(map.getByRole('link', { name: /^Spain: \d+ ecosystems$/ })).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: 'The zoomable map is not available' }),
    ).toBeVisible();
    await expect(
      page.getByRole('list', { name: 'Ecosystems' }).getByRole('listitem').first(),
    ).toBeVisible();
    // Reaching for the map changes nothing, and starts no WebGL engine.
    await map.hover({ position: { x: 30, y: 300 } });
    await page.mouse.down();
    await page.mouse.up();
    await expect(page.locator('canvas')).toHaveCount(0);
    expect(errors).toEqual([]);
    await browser.close();
  });
});
