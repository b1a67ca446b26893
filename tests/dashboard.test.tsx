// The dashboard's figures: the network's own, those counted from the records, filtered, in Danish.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ecosystems, stats } from './dashboard-helpers';
import { renderApp } from './test-utils';

const format = (n: number) => new Intl.NumberFormat('en-GB').format(n);

/** The value and note of a tile in a region, by its label. */
function tile(region: HTMLElement, label: string) {
  const term = within(region).getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

describe('dashboard', () => {
  it('leads unfiltered with the network’s own latest figures, each with source and date', async () => {
    renderApp({ url: '/dashboard' });
    const headline = await screen.findByRole('region', {
      name: 'The whole network, as it publishes itself',
    });
    const figures = stats.network.figures.filter((figure) => figure.headline);
    expect(figures.map((figure) => figure.metric)).toEqual(
      expect.arrayContaining(['member-organisations', 'ecosystems']),
    );
    for (const figure of figures) {
      const text = tile(headline, figure.label);
      expect(text).toContain(figure.display);
      expect(text).toContain(figure.source.title);
      expect(text).toMatch(figure.asOf ? /as of/ : /date not given/);
      const links = within(headline).getAllByRole('link', {
        name: (name) => name.startsWith(figure.source.title),
      });
      expect(links.map((link) => link.getAttribute('href'))).toContain(figure.source.url);
    }
    expect(within(headline).getAllByRole('link')).toHaveLength(figures.length);
  });

  it('counts from the records what the records can say, and says what it covers', async () => {
    renderApp({ url: '/dashboard' });
    const counted = await screen.findByRole('region', { name: /Counted from the atlas records/ });
    const { totals } = stats;
    expect(tile(counted, 'Active countries')).toContain(format(totals.activeCountries));
    expect(tile(counted, 'Ecosystems in the atlas')).toContain(format(totals.ecosystems));
    expect(tile(counted, 'Ecosystem meetings per year')).toContain(
      `at least ${format(4 * totals.ecosystems)}`,
    );
    const { covered, of } = totals.memberOrganisations;
    expect(tile(counted, 'Member organisations')).toContain(
      `in the ${covered} of ${of} ecosystems that publish a count`,
    );
  });

  it('keeps every figure the network published apart, each with its source', async () => {
    renderApp({ url: '/dashboard' });
    const published = await screen.findByRole('region', {
      name: 'Everything the network has published about itself',
    });
    // Each number in the wording of its source, by key: "over 50" reads "more than 50".
    for (const figure of stats.network.figures) {
      const words = figure.value >= 1e9 ? `${figure.value / 1e9} billion` : format(figure.value);
      expect(published).toHaveTextContent(words);
    }
    expect(within(published).getAllByText('more than 50').length).toBeGreaterThan(0);
    expect(within(published).getAllByText('more than 600').length).toBeGreaterThan(0);
    expect(within(published).getAllByRole('link').length).toBe(stats.network.figures.length);
  });

  it('filtered to Spain: no network-wide figure, and the member figure says what it covers', async () => {
    renderApp({ url: '/dashboard?country=spain' });
    const counted = await screen.findByRole('region', {
      name: /Counted from the atlas records for these filters/,
    });
    const spain = ecosystems.filter((ecosystem) => ecosystem.locationId === 'spain');
    const publishing = spain.filter((ecosystem) => ecosystem.figures.memberOrganisations);
    expect(tile(counted, 'Member organisations')).toContain(
      `in the ${publishing.length} of ${spain.length} ecosystems that publish a count`,
    );
    expect(tile(counted, 'Active countries')).toContain('1');
    expect(tile(counted, 'Ecosystems in the atlas')).toContain(String(spain.length));
    expect(
      screen.queryByRole('region', { name: 'The whole network, as it publishes itself' }),
    ).not.toBeInTheDocument();
    for (const figure of stats.network.figures.filter((candidate) => candidate.headline)) {
      expect(screen.queryByText(figure.display)).not.toBeInTheDocument();
    }
    expect(screen.getByRole('link', { name: 'View on the map' })).toHaveAttribute(
      'href',
      '/?country=spain',
    );
  });

  it('with no ecosystem in view, says that none publishes a member count', async () => {
    renderApp({ url: '/dashboard?country=spain&region=north-america' });
    const counted = await screen.findByRole('region', {
      name: /Counted from the atlas records for these filters/,
    });
    expect(tile(counted, 'Ecosystems in the atlas')).toMatch(/^0/);
    expect(tile(counted, 'Member organisations')).toBe(
      '–not known: none of the 0 ecosystems publishes a count',
    );
  });

  it('reads in Danish at /da/dashboard, numbers and dates in Danish form', async () => {
    const { user } = renderApp({ url: '/da/dashboard' });
    const counted = await screen.findByRole('region', {
      name: /^Optalt fra atlassets registreringer · data pr\. /,
    });
    const asOf = new Intl.DateTimeFormat('da-DK', {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${stats.asOf}-01T00:00:00Z`));
    expect(within(counted).getByRole('heading', { level: 2 })).toHaveTextContent(asOf);
    const { totals } = stats;
    const { covered, of } = totals.memberOrganisations;
    const members = tile(counted, 'Medlemsorganisationer');
    expect(members).toContain(`i de ${covered} af ${of} økosystemer, der oplyser et tal`);
    // A sum worded by its parts: "at least" with "about" is "more than".
    const parts = ecosystems.flatMap((ecosystem) => ecosystem.figures.memberOrganisations ?? []);
    const qualifiers = new Set(parts.map((figure) => figure.qualifier));
    if (qualifiers.has('about') && qualifiers.has('at-least'))
      expect(members).toMatch(/^mere end /);
    else if (qualifiers.has('about')) expect(members).toMatch(/^ca\. /);
    expect(tile(counted, 'Møder i økosystemerne om året')).toContain(
      `mindst ${new Intl.NumberFormat('da-DK').format(totals.meetingsPerYearMinimum)}`,
    );
    expect(
      await screen.findByRole('region', { name: 'Hele netværket, som det selv beskriver sig' }),
    ).toHaveTextContent(/Kilde:/);
    // The network's own figures: Danish metric names and wording, no English beside them.
    const headline = screen.getByRole('region', {
      name: 'Hele netværket, som det selv beskriver sig',
    });
    expect(tile(headline, 'Medlemsorganisationer i ECHAlliance')).toMatch(/^mere end 600/);
    expect(headline).not.toHaveTextContent(/Member organisations|more than|Ecosystems in/);
    const chart = screen.getByRole('region', { name: 'Økosystemer efter verdensdel' });
    const europe = stats.byRegion.find((row) => row.region === 'europe');
    expect(chart).toHaveTextContent(
      `Europa har ${europe?.ecosystems} af de ${totals.ecosystems} økosystemer.`,
    );
    await user.click(within(chart).getByRole('button', { name: 'Vis som tabel' }));
    expect(within(chart).getByRole('columnheader', { name: 'Verdensdel' })).toBeInTheDocument();
    expect(within(chart).getByRole('row', { name: /Europa/ })).toBeInTheDocument();
  });
});
