// The dashboard's charts: each drawn and as a table, undated joining years, member counts' sources.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ecosystems, stats } from './dashboard-helpers';
import { renderApp } from './test-utils';

describe('dashboard', () => {
  it('draws each chart and offers its numbers as a table', async () => {
    const { user } = renderApp({ url: '/dashboard' });
    const chart = await screen.findByRole('region', { name: 'Ecosystems by world region' });
    const europe = stats.byRegion.find((row) => row.region === 'europe');
    expect(chart).toHaveTextContent(
      `Europe holds ${europe?.ecosystems} of the ${stats.totals.ecosystems} ecosystems.`,
    );
    for (const name of [
      'Ecosystems by world region',
      'Locations with the most ecosystems',
      'Growth of the network by year',
      'Member organisations, as each ecosystem publishes them',
    ]) {
      const card = screen.getByRole('region', { name });
      // The chart's code loads lazily, after the card and its table.
      await waitFor(() =>
        expect(
          // eslint-disable-next-line testing-library/no-node-access -- Recharts draws SVG without roles
          card.querySelectorAll('.recharts-bar-rectangle, .recharts-line-curve').length,
        ).toBeGreaterThan(0),
      );
      await user.click(within(card).getByRole('button', { name: 'Show as table' }));
      expect(within(within(card).getByRole('table')).getAllByRole('row').length).toBeGreaterThan(1);
    }
    const row = within(within(chart).getByRole('table')).getByRole('row', { name: /Europe/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([String(europe?.ecosystems)]);
  });

  it('the growth chart says how many ecosystems have no published joining date', async () => {
    renderApp({ url: '/dashboard' });
    const chart = await screen.findByRole('region', { name: 'Growth of the network by year' });
    const { undated } = stats.growth;
    expect(chart).toHaveTextContent(
      `${stats.totals.ecosystems - undated} of ${stats.totals.ecosystems} ecosystems have a published year of joining the network; ${undated} have none`,
    );
  });

  it('the member counts table gives each published count with what it counts and its source', async () => {
    const { user } = renderApp({ url: '/dashboard' });
    const chart = await screen.findByRole('region', {
      name: 'Member organisations, as each ecosystem publishes them',
    });
    await user.click(within(chart).getByRole('button', { name: 'Show as table' }));
    const rows = within(within(chart).getByRole('table')).getAllByRole('row');
    const publishing = ecosystems.filter((ecosystem) => ecosystem.figures.memberOrganisations);
    expect(rows).toHaveLength(publishing.length + 1);
    for (const ecosystem of publishing) {
      const row = within(chart).getByRole('row', { name: new RegExp(ecosystem.name) });
      const source = ecosystem.sources.find(
        (candidate) => candidate.id === ecosystem.figures.memberOrganisations?.source,
      );
      expect(row).toHaveTextContent(source?.title ?? 'missing source');
    }
  });
});
