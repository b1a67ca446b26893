// The comparison at /compare and on the presenter's slide: sources, differences, picker, Danish.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { BASQUE, BELGIUM, SOUTH_DENMARK } from './compare-helpers';
import { renderApp } from './test-utils';

vi.mock('react-map-gl/maplibre', async () => (await import('./map-mock')).mapModule);

const table = () => screen.getByRole('table', { name: /side by side/ });
/** The cell of a row (by its header's start) in the given column (0-based). */
function cell(row: RegExp, column: number): HTMLElement {
  const found = within(table())
    .getAllByRole('row')
    .find((candidate) => within(candidate).queryByRole('rowheader', { name: row }));
  const cells = found ? within(found).getAllByRole('cell') : [];
  const value = cells[column];
  if (!value) throw new Error(`no cell ${column} in row ${String(row)}`);
  return value;
}

describe('/compare', () => {
  it('shows two ecosystems side by side, each column linking to its page', async () => {
    renderApp({ url: `/compare?ids=${BASQUE},${SOUTH_DENMARK}` });
    await screen.findByRole('table', { name: /side by side/ });
    const columns = within(table()).getAllByRole('columnheader');
    expect(columns.map((column) => column.textContent)).toEqual([
      'Basque Health Ecosystem',
      'South DENMARK eHealth ECOsystem',
    ]);
    expect(within(columns[0] as HTMLElement).getByRole('link')).toHaveAttribute(
      'href',
      `/ecosystems/${BASQUE}?compare=${BASQUE},${SOUTH_DENMARK}`,
    );
    expect(within(table()).getAllByRole('rowheader')).toHaveLength(12);
    await waitFor(() => {
      expect(document.title).toBe(
        'Compare: Basque Health Ecosystem and South DENMARK eHealth ECOsystem · Ecosystem Atlas',
      );
    });
  });

  it('says "Not published" for a figure no source gives, and ties figures to sources', async () => {
    renderApp({ url: `/compare?ids=${BASQUE},${SOUTH_DENMARK}` });
    await screen.findByRole('table', { name: /side by side/ });
    expect(cell(/^Founded/, 0)).toHaveTextContent(/^Not published$/);
    expect(cell(/^Founded/, 1)).toHaveTextContent('24 Apr 2017');
    expect(cell(/^Joined the network/, 1)).toHaveTextContent(/^Not published$/);
    const members = cell(/^Member organisations/, 0);
    expect(members).toHaveTextContent('120+');
    expect(within(members).getByRole('link', { name: /^Source 3: / })).toHaveAttribute(
      'href',
      `#compare-table-${BASQUE}-source-ecosystem-of-the-month`,
    );
    // The mark's target is the numbered source in the last row.
    const sources = cell(/^Sources/, 0);
    expect(
      // eslint-disable-next-line testing-library/no-node-access -- the anchor is an id, not a role
      sources.querySelector(`#compare-table-${BASQUE}-source-ecosystem-of-the-month`),
    ).toHaveTextContent(/Basque Health Ecosystem is ECHAlliance Ecosystem of the Month – April/);
  });

  it('marks the rows whose values differ, with text and a legend', async () => {
    renderApp({ url: `/compare?ids=${BASQUE},${SOUTH_DENMARK}` });
    await screen.findByRole('table', { name: /side by side/ });
    expect(screen.getAllByText(/marks a row whose values are not the same/)).toHaveLength(1);
    expect(
      within(table()).getByRole('rowheader', { name: /^Location and world region/ }),
    ).toHaveTextContent('Differs');
    expect(
      within(table()).getByRole('rowheader', { name: /^Principles met/ }),
    ).not.toHaveTextContent('Differs');
  });

  it('a placeholder says its details are not public and shows only the meetings minimum', async () => {
    renderApp({ url: `/compare?ids=${BASQUE},${BELGIUM}` });
    await screen.findByRole('table', { name: /side by side/ });
    expect(cell(/^Member organisations/, 1)).toHaveTextContent(/^Details not yet public$/);
    expect(cell(/^Meetings a year/, 1)).toHaveTextContent(
      "The network's minimum: at least 4 meetings a year",
    );
  });

  it('drops an unknown and a repeated id from the link, with a notice', async () => {
    const { router } = renderApp({
      url: `/compare?ids=${BASQUE},atlantis,${BASQUE},${SOUTH_DENMARK}`,
    });
    const notice = await screen.findByText(/Some ecosystems in the link were left out/);
    // The quotation marks are drawn by the browser around each <q>.
    expect(notice).toHaveTextContent(
      'left out: atlantis (not in the atlas), basque-health-ecosystem (listed twice).',
    );
    await waitFor(() => {
      expect(router.state.location.searchStr).toBe(`?ids=${BASQUE},${SOUTH_DENMARK}`);
    });
    expect(await screen.findByRole('table', { name: /side by side/ })).toBeInTheDocument();
    expect(within(table()).getAllByRole('columnheader')).toHaveLength(2);
  });

  it('with fewer than two, explains how to choose and offers a picker', async () => {
    const { user, router } = renderApp({ url: '/compare' });
    expect(await screen.findByText(/Choose two to four ecosystems/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'map' })).toHaveAttribute('href', '/');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Find an ecosystem' }), 'basque');
    await user.click(screen.getByRole('checkbox', { name: 'Basque Health Ecosystem' }));
    expect(router.state.location.searchStr).toBe(`?ids=${BASQUE}`);
    expect(await screen.findByText(/One ecosystem chosen so far/)).toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox', { name: 'Find an ecosystem' }));
    await user.click(screen.getByRole('checkbox', { name: 'South DENMARK eHealth ECOsystem' }));
    expect(await screen.findByRole('table', { name: /side by side/ })).toBeInTheDocument();
    expect(router.state.location.searchStr).toBe(`?ids=${BASQUE},${SOUTH_DENMARK}`);
  });

  it('reads in Danish', async () => {
    renderApp({ url: `/da/compare?ids=${BASQUE},${SOUTH_DENMARK}` });
    await screen.findByRole('table', { name: /side om side/ });
    expect(screen.getByRole('table', { name: /side om side/ })).toHaveTextContent(
      'Ikke offentliggjort',
    );
    // Places in Danish: Spanien and Danmark, not Spain and Denmark.
    const danish = screen.getByRole('table', { name: /side om side/ });
    const where = within(danish)
      .getAllByRole('row')
      .find((row) => within(row).queryByRole('rowheader', { name: /^Sted og verdensdel/ }));
    expect(where).toBeDefined();
    const cells = where ? within(where).getAllByRole('cell') : [];
    expect(cells.map((value) => value.textContent.split(' · ')[0])).toEqual([
      expect.stringMatching(/^Spanien/),
      expect.stringMatching(/^Danmark/),
    ]);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Sammenlign økosystemer' }),
    ).toBeInTheDocument();
  });
});

describe('presenter', () => {
  it('adds a comparison slide with the key rows', async () => {
    renderApp({ url: `/present?compare=${BASQUE},${SOUTH_DENMARK}&slide=11` });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Side by side' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Slide 11 of 12')).toBeInTheDocument();
    const slide = await screen.findByRole('table');
    expect(within(slide).getAllByRole('columnheader')).toHaveLength(2);
    expect(within(slide).getAllByRole('rowheader')).toHaveLength(6);
    expect(slide).toHaveTextContent('Not published');
  });
});
