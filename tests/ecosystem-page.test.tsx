// An ecosystem's page in English: sections, figures' sources, filters kept, placeholder, not found.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { apiDocument } from '../mocks/api-files';
import type { Ecosystem } from '../src/api/documents';
import en from '../src/i18n/locales/en.json';
import { renderApp } from './test-utils';

vi.mock('react-map-gl/maplibre', async () => (await import('./map-mock')).mapModule);

const record = (id: string) =>
  (apiDocument(`ecosystems/${id}.json`) as { ecosystem: Ecosystem }).ecosystem;
const items = (region: string) =>
  within(screen.getByRole('region', { name: region }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('ecosystem page', () => {
  it('shows every section of South DENMARK eHealth ECOsystem', async () => {
    renderApp({ url: '/ecosystems/south-denmark-ehealth-ecosystem' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'South DENMARK eHealth ECOsystem' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Network programme')).toBeInTheDocument();
    const organisations = screen.getByRole('region', { name: 'Organisations' });
    expect(within(organisations).getByRole('link', { name: /Welfare Tech/ })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );
    expect(organisations).toHaveTextContent('Health Innovation Centre of Southern Denmark');
    expect(organisations).toHaveTextContent('The Region of Southern Denmark');
    // Funders are supporters, never listed as leads or partners.
    const [leads, partners] = within(organisations).getAllByRole('list');
    expect(leads).not.toHaveTextContent('European Regional Development Fund');
    expect(partners).not.toHaveTextContent('European Regional Development Fund');
    const advantages = within(screen.getByRole('region', { name: 'Advantages' })).getAllByRole(
      'listitem',
    );
    expect(advantages.map((item) => item.textContent)).toEqual([
      'International awareness',
      'Access to knowledge',
      'Network in export markets',
      'Closer collaboration',
    ]);
    expect(screen.getByRole('region', { name: 'The nine principles' })).toHaveTextContent(
      'Every ecosystem of the network shares the same nine basic principles',
    );
    expect(screen.getByRole('link', { name: 'Read the nine principles' })).toHaveAttribute(
      'href',
      '/about',
    );
    // Telecare Nord is a national example from the Denmark page, not this ecosystem's.
    expect(screen.queryByText(/Telecare Nord/)).not.toBeInTheDocument();
    const sources = screen.getByRole('region', { name: 'Sources' });
    expect(within(sources).getAllByRole('listitem')[0]).toHaveTextContent(
      /South DENMARK eHealth ECOsystem, ECHAlliance \(Welfare Tech\).*undated · Checked 20 Nov 2026/,
    );
    expect(await screen.findByRole('region', { name: 'Gatherings' })).toBeInTheDocument();
    await waitFor(() => {
      expect(document.title).toBe('South DENMARK eHealth ECOsystem · Ecosystem Atlas');
    });
  });

  it('keeps the filters on "Back to the map" and steps within the filtered set', async () => {
    const { user, router } = renderApp({
      url: '/ecosystems/health-capital-helsinki?country=finland',
    });
    expect(await screen.findByText(/of 3$/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the map' })).toHaveAttribute(
      'href',
      '/?country=finland',
    );
    const next = screen.getByRole('link', { name: /^Next:/ });
    const nextName = next.textContent.replace(/^Next: /, '');
    await user.click(next);
    expect(await screen.findByRole('heading', { level: 1, name: nextName })).toBeInTheDocument();
    expect(router.state.location.pathname).not.toBe('/ecosystems/health-capital-helsinki');
    expect(router.state.location.searchStr).toBe('?country=finland');
  });

  it('ties each figure to its numbered source', async () => {
    renderApp({ url: '/ecosystems/south-denmark-ehealth-ecosystem' });
    const meetings = await screen.findByText('Meetings per year', { selector: 'dt' });
    // eslint-disable-next-line testing-library/no-node-access -- a <dt> names its <dd> by position
    const value = meetings.nextElementSibling as HTMLElement;
    expect(value).toHaveTextContent('4+');
    const mark = within(value).getByRole('link', { name: /^Source 1: / });
    expect(mark).toHaveAttribute('href', '#source-welfaretech');
    const founded = screen.getByText('Founded', { selector: 'dt' });
    // eslint-disable-next-line testing-library/no-node-access -- as above
    const foundedValue = founded.nextElementSibling as HTMLElement;
    expect(foundedValue).toHaveTextContent('24 Apr 2017');
    expect(within(foundedValue).getByRole('link', { name: /^Source 2: / })).toHaveAttribute(
      'href',
      '#source-founding-meeting',
    );
    const joined = screen.getByText('Joined the network', { selector: 'dt' });
    // eslint-disable-next-line testing-library/no-node-access -- as above
    expect(joined.nextElementSibling).toHaveTextContent('Not published');
  });

  it('lists the priorities in the record’s words and the themes by their names', async () => {
    renderApp({ url: '/ecosystems/south-denmark-ehealth-ecosystem' });
    await screen.findByRole('region', { name: 'Priorities' });
    const { priorities, themes } = record('south-denmark-ehealth-ecosystem');
    expect(items('Priorities')).toEqual(priorities);
    expect(items('Priorities')).toContain('Public-private collaboration');
    expect(themes).toEqual(['active-healthy-ageing']);
    expect(items('Themes')).toEqual(['Active and healthy ageing']);
    // Its source names no stakeholder mix: no empty section.
    expect(screen.queryByRole('region', { name: 'Stakeholders' })).not.toBeInTheDocument();
  });

  it('names the kinds of stakeholder its source names, marked with that source', async () => {
    const id = 'greater-manchester-connected-health-ecosystem';
    const { stakeholders, sources } = record(id);
    renderApp({ url: `/ecosystems/${id}` });
    const section = await screen.findByRole('region', { name: 'Stakeholders' });
    expect(items('Stakeholders')).toEqual(
      stakeholders?.kinds.map((kind) => en.labels.stakeholder[kind]),
    );
    expect(items('Stakeholders')).toContain('Health and care providers');
    const number = sources.findIndex((source) => source.id === stakeholders?.source) + 1;
    expect(within(section).getByRole('link', { name: `Source ${number}` })).toHaveAttribute(
      'href',
      `#source-${stakeholders?.source}`,
    );
    // No priorities or themes published for it: no empty sections.
    expect(screen.queryByRole('region', { name: 'Priorities' })).not.toBeInTheDocument();
  });

  it('a placeholder shows its location and no figure beyond the network’s minimum', async () => {
    renderApp({ url: '/ecosystems/digital-health-ecosystem-belgium' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ecosystem in Belgium' }),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/Details not yet public/).length).toBeGreaterThan(0);
    const terms = screen.getAllByRole('term').map((term) => term.textContent);
    expect(terms).toEqual(['Meetings per year']);
    const meetings = screen.getByText('Meetings per year', { selector: 'dt' });
    // eslint-disable-next-line testing-library/no-node-access -- a <dt> names its <dd> by position
    expect(meetings.nextElementSibling).toHaveTextContent(
      "The network's minimum: at least 4 meetings a year",
    );
    expect(screen.queryByRole('region', { name: 'Organisations' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'About' })).not.toBeInTheDocument();
    for (const name of ['Priorities', 'Themes', 'Stakeholders']) {
      expect(screen.queryByRole('region', { name })).not.toBeInTheDocument();
    }
  });

  it('shows the not-found page for an unknown id', async () => {
    renderApp({ url: '/ecosystems/no-such-ecosystem' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Not found' })).toBeInTheDocument();
  });
});
