// True or absent: what a presenter puts on a projector must carry its source and date, and
// what no source gives is not shown. Runs against the production build.
import { EcosystemsDocument, EventsDocument, StatsDocument } from '../../src/api/documents';
import { expect, test } from './fixtures';

test.describe('figures with their sources', () => {
  test('the unfiltered dashboard leads with the network’s published member figure, its source and date', async ({
    page,
    request,
    problems,
  }) => {
    const stats = StatsDocument.parse(await (await request.get('/api/v1/stats.json')).json());
    const members = stats.network.figures.find(
      (figure) => figure.headline && figure.metric === 'member-organisations',
    );
    expect(members).toBeDefined();
    await page.goto('/dashboard');
    const headline = page.getByRole('region', {
      name: 'The whole network, as it publishes itself',
    });
    const tile = headline.locator('.kpi-tile').filter({ hasText: members?.label ?? '' });
    await expect(tile).toContainText(members?.display ?? '');
    await expect(tile).toContainText(members?.asOf ? 'as of' : 'date not given');
    await expect(
      tile.getByRole('link', { name: members?.source.title ?? 'missing' }),
    ).toHaveAttribute('href', members?.source.url ?? '');
    expect(problems.consoleErrors).toEqual([]);
  });

  test('the presenter shows the published member figure with its source and date', async ({
    page,
    request,
  }) => {
    const stats = StatsDocument.parse(await (await request.get('/api/v1/stats.json')).json());
    const members = stats.network.figures.find(
      (figure) => figure.headline && figure.metric === 'member-organisations',
    );
    await page.goto('/present?slide=2');
    await expect(page.locator('.slide__giant')).toHaveText(members?.display ?? 'missing');
    await expect(page.getByText(/^Source: /)).toContainText(members?.source.title ?? 'missing');
    await expect(page.getByText(/^Source: /)).toContainText(/undated|published/);
  });

  test('with ?country=spain the member figure says how many ecosystems it covers', async ({
    page,
    request,
  }) => {
    const { ecosystems } = EcosystemsDocument.parse(
      await (await request.get('/api/v1/ecosystems.json')).json(),
    );
    const spain = ecosystems.filter((ecosystem) => ecosystem.locationId === 'spain');
    const publishing = spain.filter((ecosystem) => ecosystem.figures.memberOrganisations).length;
    await page.goto('/dashboard?country=spain');
    const tile = page
      .getByRole('region', { name: /for these filters/ })
      .locator('.kpi-tile')
      .filter({ hasText: 'Member organisations' });
    await expect(tile).toContainText(
      `in the ${publishing} of ${spain.length} ecosystems that publish a count`,
    );
    await expect(
      page.getByRole('region', { name: 'The whole network, as it publishes itself' }),
    ).toHaveCount(0);
    await page.goto('/present?slide=2&country=spain');
    await expect(
      page.getByText(`Organisations in the ${publishing} of ${spain.length} ecosystems`),
    ).toBeVisible();
  });

  test('/events lists only sourced gatherings, each with a source link', async ({
    page,
    request,
  }) => {
    const { events } = EventsDocument.parse(
      await (await request.get('/api/v1/events.json')).json(),
    );
    expect(events.length).toBeGreaterThan(0);
    await page.goto('/events');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Ecosystem gatherings' }),
    ).toBeVisible();
    const gatherings = page.locator('article.gathering');
    await expect(gatherings).toHaveCount(events.length);
    for (const gathering of await gatherings.all()) {
      const sources = gathering.getByRole('list', { name: /^Sources for / }).getByRole('link');
      expect(await sources.count()).toBeGreaterThan(0);
      for (const link of await sources.all()) {
        await expect(link).toHaveAttribute('href', /^https:\/\//);
      }
    }
    const titles = await page.getByRole('heading', { level: 3 }).allTextContents();
    expect(titles.sort()).toEqual(events.map((event) => event.title).sort());
  });

  test('/events filters by location like the map', async ({ page }) => {
    await page.goto('/events?country=republic-of-ireland');
    await expect(page.getByRole('status').filter({ hasText: 'for these filters' })).toBeVisible();
    const hosts = page.locator('article.gathering').getByText(/Hosted by/);
    for (const host of await hosts.all()) await expect(host).toContainText(/Ireland/);
  });

  test('a placeholder ecosystem page shows no figure beyond the network’s minimum', async ({
    page,
  }) => {
    await page.goto('/ecosystems/digital-health-ecosystem-belgium');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Ecosystem in Belgium' }),
    ).toBeVisible();
    await expect(page.locator('.key-figures dt')).toHaveText(['Meetings per year']);
    await expect(page.locator('.key-figures dd')).toContainText('at least 4');
    // (The correction form, closed, lists every field a record can have.)
    await expect(
      page.getByText(/Member organisations|Founded|Joined the network/).filter({ visible: true }),
    ).toHaveCount(0);
  });
});
