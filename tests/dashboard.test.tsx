import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiDocument } from '../mocks/api-files';
import type { EcosystemsDocument, StatsDocument } from '../src/api/documents';
import { renderApp } from './test-utils';

const stats = apiDocument('stats.json') as StatsDocument;
const { ecosystems } = apiDocument('ecosystems.json') as EcosystemsDocument;
const format = (n: number) => new Intl.NumberFormat('en-GB').format(n);

function tile(label: string) {
  const term = screen.getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent;
}

describe('dashboard', () => {
  it('shows the three headline figures and more, matching stats.json', async () => {
    renderApp({ url: '/dashboard' });
    await screen.findByText('Member organisations', { selector: 'dt' });
    expect(tile('Member organisations')).toBe(format(stats.totals.memberOrganisations));
    expect(tile('Active countries')).toBe(format(stats.totals.activeCountries));
    expect(tile('Ecosystem meetings per year')).toBe(format(stats.totals.meetingsPerYear));
    expect(tile('Ecosystems')).toBe(format(stats.totals.ecosystems));
    expect(tile('Locations')).toBe(format(stats.totals.locations));
    expect(screen.getByText(`· data as of ${stats.asOf}`)).toBeInTheDocument();
  });

  it('keeps the network’s own figures apart, each with its source and date', async () => {
    renderApp({ url: '/dashboard' });
    const published = await screen.findByRole('region', { name: 'As published by the network' });
    for (const figure of stats.network.figures) {
      expect(within(published).getAllByText(figure.display).length).toBeGreaterThan(0);
    }
    expect(within(published).getAllByRole('link').length).toBe(stats.network.figures.length);
  });

  it('computes the figures for the filters: Spain', async () => {
    renderApp({ url: '/dashboard?country=spain' });
    await screen.findByText('Member organisations', { selector: 'dt' });
    const spain = ecosystems.filter((ecosystem) => ecosystem.locationId === 'spain');
    const members = spain.reduce((sum, ecosystem) => sum + ecosystem.memberOrganisations, 0);
    expect(tile('Member organisations')).toBe(format(members));
    expect(tile('Active countries')).toBe('1');
    expect(tile('Ecosystems')).toBe(String(spain.length));
    expect(screen.getByRole('link', { name: 'View on the map' })).toHaveAttribute(
      'href',
      '/?country=spain',
    );
  });

  it('draws each chart and offers its numbers as a table', async () => {
    const { user } = renderApp({ url: '/dashboard' });
    const chart = await screen.findByRole('region', {
      name: 'Ecosystems and member organisations by world region',
    });
    const europe = stats.byRegion.find((row) => row.region === 'europe');
    expect(chart).toHaveTextContent(
      `Europe holds ${europe?.ecosystems} of the ${stats.totals.ecosystems} ecosystems.`,
    );
    // eslint-disable-next-line testing-library/no-node-access -- Recharts draws SVG without roles
    expect(chart.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0);
    await user.click(within(chart).getByRole('button', { name: 'Show as table' }));
    const table = within(chart).getByRole('table');
    const row = within(table).getByRole('row', { name: /Europe/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([String(europe?.ecosystems), String(europe?.memberOrganisations)]);
    const titles = screen
      .getAllByRole('heading', { level: 2 })
      .map((heading) => heading.textContent);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Top locations by member organisations',
        'Growth of the network by year',
        'Ecosystem meetings per year by location',
        'The stakeholder mix across the network',
        'Ecosystems meeting each of the nine principles',
      ]),
    );
  });

  it('the meetings table lists every location with its meetings', async () => {
    const { user } = renderApp({ url: '/dashboard' });
    const chart = await screen.findByRole('region', {
      name: 'Ecosystem meetings per year by location',
    });
    await user.click(within(chart).getByRole('button', { name: 'Show as table' }));
    const rows = within(within(chart).getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(stats.byLocation.length + 1);
    const total = stats.byLocation.reduce((sum, row) => sum + row.meetingsPerYear, 0);
    expect(total).toBe(stats.totals.meetingsPerYear);
  });
});
