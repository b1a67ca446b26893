import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from './test-utils';

vi.mock('react-map-gl/maplibre', async () => (await import('./map-mock')).mapModule);

const GALICIA = 'Galician "Learning Experience" study trip to Slovenia and Serbia';
const gathering = (title: string) => screen.getByRole('article', { name: title });

describe('gatherings page', () => {
  it('counts the sourced gatherings and says when, where and who hosted them', async () => {
    renderApp({ url: '/events' });
    expect(await screen.findByText('27 sourced gatherings')).toHaveAttribute('role', 'status');
    const galicia = gathering(GALICIA);
    expect(galicia).toHaveTextContent('16 – 23 Jun 2019 · In person');
    expect(galicia).toHaveTextContent(
      'Hosted by Galician Ecosystem, Slovenian Ecosystem (HealthDay.si) and Health Tech Ecosystem Serbia',
    );
    expect(within(galicia).getAllByRole('link', { name: /Ecosystem/ })[0]).toHaveAttribute(
      'href',
      '/ecosystems/galician-ecosystem',
    );
    const cancer = screen.getByRole('heading', { name: /Global Cancer Ecosystem/ });
    // eslint-disable-next-line testing-library/no-node-access -- the gathering that this heading names
    const article = cancer.closest('article') as HTMLElement;
    expect(within(article).getByText(/15:00/, { selector: 'time' })).toHaveTextContent(
      'Tue, 7 Oct 2025, 15:00 (CET)',
    );
    expect(article).toHaveTextContent('Organised by Global Cancer Ecosystem');
    // Its place is "Online", as is its format: said once.
    expect(article).toHaveTextContent(/\(CET\) · Online(?! · Online)/);
    expect(screen.getByRole('list', { name: `Sources for ${GALICIA}` })).toHaveTextContent(
      /^Source: /,
    );
  });

  it('reads in Danish, with Danish dates, numbers and list joining', async () => {
    renderApp({ url: '/da/events' });
    expect(await screen.findByText('27 arrangementer med kilde')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('heading', { name: 'Tidligere arrangementer' })).toBeInTheDocument();
    expect(
      screen.getByRole('complementary', { name: 'Filtrér arrangementerne' }),
    ).toHaveTextContent(/Sted.*Verdensdel/);
    const galicia = gathering(GALICIA);
    expect(galicia).toHaveTextContent('16.–23. jun. 2019 · Fysisk møde');
    expect(galicia).toHaveTextContent(
      'Afholdt af Galician Ecosystem, Slovenian Ecosystem (HealthDay.si) og Health Tech Ecosystem Serbia',
    );
    const cancer = screen.getByRole('heading', { name: /Global Cancer Ecosystem/ });
    // eslint-disable-next-line testing-library/no-node-access -- the gathering that this heading names
    const article = cancer.closest('article') as HTMLElement;
    expect(within(article).getByText(/15:00/, { selector: 'time' })).toHaveTextContent(
      'tirs. 7. okt. 2025, 15:00 (CET)',
    );
    expect(article).toHaveTextContent('Arrangeret af Global Cancer Ecosystem');
    // The qualifier is the interface's; what the source counts stays in its own words.
    expect(screen.getByText('ca. 300 registrations')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: `Kilder til ${GALICIA}` })).toHaveTextContent(
      /^Kilde: /,
    );
  });

  it('says so in Danish when the filters leave no upcoming gathering', async () => {
    renderApp({ url: '/da/events?country=spain' });
    expect(
      await screen.findByText('2 arrangementer med kilde, der passer til filtrene'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^Der er endnu ikke annonceret noget kommende arrangement, der passer/),
    ).toBeInTheDocument();
  });
});

describe('about page', () => {
  it('lists the nine principles and what ecosystems bring, in English', async () => {
    renderApp({ url: '/about' });
    expect(await screen.findByText('Based on a geographic area')).toBeInTheDocument();
    expect(screen.getByText('Build trust')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Find an ecosystem on the map' })).toHaveAttribute(
      'href',
      '/',
    );
  });

  it('reads in Danish', async () => {
    renderApp({ url: '/da/about' });
    expect(
      await screen.findByRole('heading', { level: 2, name: 'De ni grundprincipper' }),
    ).toBeInTheDocument();
    const principles = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(principles).toContain('Forankret i et geografisk område');
    expect(principles).toContain('Patienter og borgere i centrum');
    expect(screen.getByText('Skaber tillid')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Det overvejer alle økosystemer' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/mindst fire gange om året/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Find et økosystem på kortet' })).toHaveAttribute(
      'href',
      '/da/',
    );
  });
});
