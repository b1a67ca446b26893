// Take it with you: each dashboard chart as a PNG and an SVG with its title, takeaway and
// source drawn in, and the explorer's map as a PNG with its legend and attribution. All under
// the production Content-Security-Policy. Printing is in print.spec.ts.
import { reachForMap } from './map-start';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { CHOROPLETH_CLASSES } from '../../src/features/map/choropleth';
import { COLORS } from '../../src/features/map/layers';
import { colourShares } from './map-pixels';
import { expect, test, type PageProblems } from './fixtures';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

async function download(page: Page, button: Locator): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), body: await readFile(path) };
}

/** Distinct colours and the share of pixels that are not (nearly) white. */
function pixelStats(image: PNG, rows?: { from: number; to: number }) {
  const colours = new Set<number>();
  let inked = 0;
  let dark = 0;
  const from = rows?.from ?? 0;
  const to = rows?.to ?? image.height;
  for (let y = from; y < to; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      const i = (y * image.width + x) * 4;
      const [r = 0, g = 0, b = 0] = [image.data[i], image.data[i + 1], image.data[i + 2]];
      colours.add((r << 16) | (g << 8) | b);
      if (r < 240 || g < 240 || b < 240) inked += 1;
      if (r < 80 && g < 80 && b < 80) dark += 1;
    }
  }
  const total = image.width * (to - from);
  return { colours: colours.size, inked: inked / total, dark: dark / total };
}

/** Rows `from` to `to` of an image, as a PNG of their own. */
function band(image: PNG, from: number, to: number): Buffer {
  const part = new PNG({ width: image.width, height: to - from });
  image.data.copy(part.data, 0, from * image.width * 4, to * image.width * 4);
  return PNG.sync.write(part);
}

/** The SVG's text lines joined, as a reader reads them (wrapped lines run on). */
function svgText(svg: string): string {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
    .map((match) => match[1])
    .join(' ')
    .replace(/\s+/g, ' ');
}

async function expectClean(problems: PageProblems) {
  expect(await problems.cspViolations()).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
}

function chartCard(page: Page, title: string): Locator {
  return page.getByRole('region', { name: title });
}

test.describe('chart images', () => {
  test('"Download PNG" gives a sharp, drawn PNG with the title drawn above the chart', async ({
    page,
    problems,
  }) => {
    await page.goto('/dashboard');
    const card = chartCard(page, 'Ecosystems by world region');
    await expect(card.locator('.recharts-bar-rectangle').first()).toBeVisible();
    const chartWidth = await card
      .locator('svg.recharts-surface')
      .first()
      .evaluate((svg) => svg.getBoundingClientRect().width);

    const { name, body } = await download(page, card.getByRole('button', { name: 'Download PNG' }));
    expect(name).toBe('ecosystems-by-world-region.png');
    expect(body.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const image = PNG.sync.read(body);
    // Drawn at twice the size at least, for print and high-density screens.
    expect(image.width).toBeGreaterThanOrEqual(2 * chartWidth);
    const all = pixelStats(image);
    expect(all.colours).toBeGreaterThan(20);
    expect(all.inked).toBeGreaterThan(0.03);
    // The title is dark text in the band above the chart; the bars are the chart's blue.
    expect(
      pixelStats(image, { from: 0, to: Math.round(image.height * 0.12) }).dark,
    ).toBeGreaterThan(0.005);
    expect(colourShares(body, { bars: '#0072B2' }).bars).toBeGreaterThan(0.02);
    await expectClean(problems);
  });

  test('"Download SVG" holds the chart and its title, takeaway, filters and source as text', async ({
    page,
    problems,
  }) => {
    await page.goto('/dashboard?country=spain,finland');
    const card = chartCard(page, 'Growth of the network by year');
    await expect(card.locator('.recharts-line-curve').first()).toBeVisible();
    const takeaway = (await card.locator('.chart-card__takeaway').textContent()) ?? '';
    expect(takeaway.length).toBeGreaterThan(10);

    const { name, body } = await download(page, card.getByRole('button', { name: 'Download SVG' }));
    expect(name).toBe('growth-of-the-network-by-year_spain-finland.svg');
    const svg = body.toString('utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('>Growth of the network by year</text>');
    // The takeaway is wrapped into lines: every word of it is there, in order.
    const text = svgText(svg);
    expect(text).toContain(takeaway.replace(/\s+/g, ' ').trim());
    expect(text).toContain('Filters: Finland, Spain');
    expect(text).toMatch(/Source: Ecosystem Atlas, .* data as of [A-Z][a-z]{2} \d{4}/);
    expect(svg).toContain('/dashboard?country=spain,finland<');
    // The chart itself, as vector drawing, and its legend as text; no HTML inside.
    expect(svg).toContain('recharts-line-curve');
    expect(svg).toContain('>Atlas records with a published joining year (cumulative)</text>');
    expect(svg).not.toContain('foreignObject');
    expect(svg).not.toMatch(/Download (PNG|SVG)|Show as table|Embed</);
    await expectClean(problems);
  });

  test('in Danish the buttons, the file name and the drawn words are Danish', async ({
    page,
    problems,
  }) => {
    await page.goto('/da/dashboard');
    const card = chartCard(page, 'Økosystemer efter verdensdel');
    await expect(card.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await expect(
      card.getByRole('group', { name: 'Download diagrammet som billede' }),
    ).toBeVisible();
    const { name, body } = await download(page, card.getByRole('button', { name: 'Download SVG' }));
    expect(name).toBe('okosystemer-efter-verdensdel.svg');
    const svg = body.toString('utf8');
    expect(svg).toContain('>Økosystemer efter verdensdel</text>');
    expect(svgText(svg)).toMatch(/Kilde: Ecosystem Atlas, .* data pr\. [a-zæøå]{3}\. \d{4}/);
    await expectClean(problems);
  });
});

test.describe('map image', () => {
  test.use({ deviceScaleFactor: 2, viewport: { width: 1280, height: 800 } });

  test('"Download map image" gives the map at the screen’s density, with room for the words', async ({
    page,
    problems,
  }) => {
    await page.goto('/?region=europe');
    await reachForMap(page);
    const canvas = await page.locator('.ecosystem-map canvas').evaluate((element) => {
      const map = element as HTMLCanvasElement;
      return { width: map.width, height: map.height, cssWidth: map.clientWidth };
    });
    expect(canvas.width).toBe(2 * canvas.cssWidth);

    const { name, body } = await download(
      page,
      page.getByRole('button', { name: 'Download map image' }),
    );
    expect(name).toBe('ecosystem-map_europe.png');
    expect(body.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const image = PNG.sync.read(body);
    expect(image.width).toBe(canvas.width);
    // The title above and the legend, attribution and source below add height.
    expect(image.height).toBeGreaterThan(canvas.height + 2 * 120);
    const shares = colourShares(body, {
      water: COLORS.water,
      land: COLORS.land,
      ecosystem: COLORS.ecosystem,
    });
    expect(shares.water).toBeGreaterThan(0.1);
    expect(shares.land).toBeGreaterThan(0.05);
    expect(shares.ecosystem).toBeGreaterThan(0.001);
    // Below the map: the legend (a swatch of every colour class and the bubble's dot) and dark
    // text (legend, attribution, source). The band is the lower part of the added height.
    const below = image.height - Math.round((image.height - canvas.height) * 0.6);
    const legend = colourShares(band(image, below, image.height), {
      ecosystem: COLORS.ecosystem,
      ...Object.fromEntries(CHOROPLETH_CLASSES.map(([lower, colour]) => [`class${lower}`, colour])),
    });
    for (const [colour, share] of Object.entries(legend)) expect(share, colour).toBeGreaterThan(0);
    expect(pixelStats(image, { from: below, to: image.height }).dark).toBeGreaterThan(0.003);
    await expectClean(problems);
  });
});
