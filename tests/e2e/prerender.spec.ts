// Every page arrives as HTML that already holds its content: readable with JavaScript off, with
// its own head for search engines and link previews, and listed in the sitemap.
import { EcosystemDocument, EcosystemsDocument, StatsDocument } from '../../src/api/documents';
import { expect, test } from './fixtures';

const ECOSYSTEM = 'south-denmark-ehealth-ecosystem';

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('an ecosystem page shows its name, lead organisation and sources', async ({
    page,
    request,
  }) => {
    const { ecosystem } = EcosystemDocument.parse(
      await (await request.get(`/api/v1/ecosystems/${ECOSYSTEM}.json`)).json(),
    );
    await page.goto(`/ecosystems/${ECOSYSTEM}`);
    await expect(page.getByRole('heading', { level: 1, name: ecosystem.name })).toBeVisible();
    const lead = ecosystem.leadOrganisations[0];
    expect(lead).toBeDefined();
    await expect(page.getByText(lead?.name ?? 'missing').first()).toBeVisible();
    const sources = page.getByRole('region', { name: 'Sources' });
    for (const source of ecosystem.sources) {
      await expect(sources.getByRole('link', { name: source.title })).toHaveAttribute(
        'href',
        source.url,
      );
    }
  });

  test('the explorer lists every ecosystem and the filter list with its counts', async ({
    page,
    request,
  }) => {
    const { ecosystems } = EcosystemsDocument.parse(
      await (await request.get('/api/v1/ecosystems.json')).json(),
    );
    await page.goto('/');
    const list = page.getByRole('list', { name: 'Ecosystems' });
    await expect(list.getByRole('listitem')).toHaveCount(ecosystems.length);
    await expect(list.getByRole('link', { name: ecosystems[0]?.name ?? 'missing' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: /^Spain \(\d+\)$/ })).toBeVisible();
  });

  test('the dashboard shows the network’s headline figures', async ({ page, request }) => {
    const stats = StatsDocument.parse(await (await request.get('/api/v1/stats.json')).json());
    const headlines = stats.network.figures.filter((figure) => figure.headline);
    expect(headlines.length).toBeGreaterThan(0);
    await page.goto('/dashboard');
    const region = page.getByRole('region', { name: 'The whole network, as it publishes itself' });
    for (const figure of headlines) await expect(region).toContainText(figure.display);
  });

  test('Danish pages are Danish in the HTML, with their own address', async ({ page }) => {
    const response = await page.goto('/da/dashboard');
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await expect(page.getByRole('heading', { level: 1, name: 'Netværket i tal' })).toBeVisible();
    const html = (await response?.text()) ?? '';
    expect(canonicalPath(html)).toBe('/da/dashboard');
    expect(html).toMatch(/hreflang="en" href="[^"]*\/dashboard"/);
    expect(html).toMatch(/hreflang="x-default" href="[^"]*\/dashboard"/);
    // Links inside the page stay in Danish, and the switcher names the English page.
    await expect(
      page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Om' }),
    ).toHaveAttribute('href', '/da/about');
    await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/dashboard');
  });
});

test.describe('the HTML as a crawler fetches it', () => {
  test('each ecosystem page carries its own title, description, Open Graph and JSON-LD', async ({
    request,
  }) => {
    const { ecosystems } = EcosystemsDocument.parse(
      await (await request.get('/api/v1/ecosystems.json')).json(),
    );
    const titles = new Set<string>();
    for (const { id, name, placeholder } of ecosystems) {
      const response = await request.get(`/ecosystems/${id}`);
      expect(response.headers()['content-type']).toContain('text/html');
      const html = await response.text();
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
      // A placeholder is called after its location, in the page's words (Ecosystem in Czechia).
      const shown = placeholder ? /^Ecosystem in \p{Lu}/u : name;
      expect(decode(title), id).toMatch(shown);
      titles.add(title);
      const ogTitle = /<meta property="og:title" content="([^"]*)"/.exec(html)?.[1];
      expect(decode(ogTitle ?? ''), id).toMatch(shown);
      const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
      expect(description.length, id).toBeGreaterThan(40);
      expect(canonicalPath(html), id).toBe(`/ecosystems/${id}`);
      expect(html, id).toContain(`hreflang="da" href="`);
      expect(html, id).toContain('<meta name="twitter:card"');
      const jsonLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
      // A placeholder has no public facts to describe as an organisation.
      if (placeholder) expect(jsonLd, id).toBeUndefined();
      else
        expect(JSON.parse(jsonLd ?? 'null'), id).toMatchObject({ '@type': 'Organization', name });
    }
    expect(titles.size).toBe(ecosystems.length);
  });

  test('sitemap.xml lists every page, and robots.txt points to it', async ({ request }) => {
    const { ecosystems } = EcosystemsDocument.parse(
      await (await request.get('/api/v1/ecosystems.json')).json(),
    );
    const sitemap = await (await request.get('/sitemap.xml')).text();
    const locations = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map(
      (match) => new URL(match[1] ?? '').pathname,
    );
    for (const route of ['/', '/dashboard', '/events', '/about', '/compare', '/changes'])
      expect(locations).toContain(route);
    // The presenter and the embeds are marked noindex, and left out of the sitemap.
    for (const route of ['/present', '/embed', '/embed/chart/growth'])
      expect(locations).not.toContain(route);
    for (const { id } of ecosystems) expect(locations).toContain(`/ecosystems/${id}`);
    for (const route of ['/da/', '/da/dashboard', `/da/ecosystems/${ECOSYSTEM}`])
      expect(locations).toContain(route);
    expect(sitemap).toMatch(
      /<xhtml:link rel="alternate" hreflang="da" href="[^"]*\/da\/dashboard" \/>/,
    );
    expect(sitemap).toContain('hreflang="x-default"');
    expect(sitemap).not.toContain('?lang=');
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toMatch(/^Sitemap: .*\/sitemap\.xml$/m);
  });
});

test('the prerendered page hydrates without a mismatch, and the map arrives after the text', async ({
  page,
  problems,
}) => {
  await page.goto('/');
  await expect(page.locator('[data-map-ready="true"]')).toBeAttached({ timeout: 30_000 });
  const lcp = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        new PerformanceObserver((list) => {
          const last = list.getEntries().at(-1) as PerformanceEntry & { element?: Element };
          resolve(last.element?.tagName ?? 'none');
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
  );
  expect(lcp).not.toBe('CANVAS');
  expect(problems.consoleErrors).toEqual([]);
});

/** The path of a page's canonical address. */
function canonicalPath(html: string): string | undefined {
  const href = /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];
  return href ? new URL(href).pathname : undefined;
}

function decode(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"');
}

test('on a phone, an ecosystem page loads MapLibre only when its map comes near the screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const maplibre: string[] = [];
  page.on('request', (request) => {
    if (/maplibre-gl/.test(request.url())) maplibre.push(request.url());
  });
  await page.goto('/ecosystems/south-denmark-ehealth-ecosystem');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(maplibre).toEqual([]);
  await page.locator('.mini-map').scrollIntoViewIfNeeded();
  await expect(page.getByRole('figure').locator('canvas')).toBeVisible({ timeout: 30_000 });
  expect(maplibre.length).toBeGreaterThan(0);
});

test('on a phone, the dashboard draws its charts when the visitor scrolls to them', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const charts: string[] = [];
  page.on('response', async (response) => {
    if (!response.url().endsWith('.js')) return;
    if ((await response.text()).includes('recharts-surface')) charts.push(response.url());
  });
  await page.goto('/dashboard');
  await page.waitForLoadState('networkidle');
  expect(charts).toEqual([]);
  // Until then each chart's numbers are there as its table.
  const region = page.getByRole('region', { name: 'Ecosystems by world region' });
  await expect(region.getByRole('table')).toBeAttached();
  await region.scrollIntoViewIfNeeded();
  await expect(region.locator('svg.recharts-surface').first()).toBeVisible({ timeout: 30_000 });
  expect(charts.length).toBeGreaterThan(0);
});
