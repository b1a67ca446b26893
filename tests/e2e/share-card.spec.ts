// A share card per page: each page names its own 1200 × 630 image.
import type { APIRequestContext } from '@playwright/test';
import { PNG } from 'pngjs';
import { expect, test } from './fixtures';

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
