// An ecosystem's page in Danish: labels, dates, sources and gatherings, and a placeholder.
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from './test-utils';

vi.mock('react-map-gl/maplibre', async () => (await import('./map-mock')).mapModule);

describe('ecosystem page', () => {
  it('shows the record, its figures and its gatherings in Danish', async () => {
    renderApp({ url: '/da/ecosystems/south-denmark-ehealth-ecosystem' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'South DENMARK eHealth ECOsystem' }),
    ).toBeInTheDocument();
    const meetings = screen.getByText('Møder om året', { selector: 'dt' });
    // eslint-disable-next-line testing-library/no-node-access -- a <dt> names its <dd> by position
    const value = meetings.nextElementSibling as HTMLElement;
    expect(within(value).getByRole('link', { name: /^Kilde 1: / })).toHaveAttribute(
      'href',
      '#source-welfaretech',
    );
    const founded = screen.getByText('Grundlagt', { selector: 'dt' });
    // eslint-disable-next-line testing-library/no-node-access -- as above
    expect(founded.nextElementSibling).toHaveTextContent('24. apr. 2017');
    const joined = screen.getByText('Med i netværket siden', { selector: 'dt' });
    // eslint-disable-next-line testing-library/no-node-access -- as above
    expect(joined.nextElementSibling).toHaveTextContent('Ikke offentliggjort');
    expect(screen.getByRole('region', { name: 'Organisationer' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Fordele' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'De ni principper' })).toHaveTextContent(
      'Alle netværkets økosystemer deler de samme ni grundprincipper',
    );
    expect(
      within(screen.getByRole('region', { name: 'De ni principper' })).getByRole('link', {
        name: 'Læs de ni principper',
      }),
    ).toHaveAttribute('href', '/da/about');
    expect(screen.getByRole('region', { name: 'Kilder' })).toHaveTextContent(
      /Sidst kontrolleret mod kilderne: nov\. 2026\./,
    );
    const gatherings = await screen.findByRole('region', { name: 'Arrangementer' });
    expect(
      await within(gatherings).findByText('man. 24. apr. 2017', { selector: 'time' }),
    ).toBeInTheDocument();
    expect(gatherings).toHaveTextContent('Afholdt af South DENMARK eHealth ECOsystem');
    expect(
      within(gatherings).getAllByRole('list', { name: /^Kilder til / }).length,
    ).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'Tilbage til kortet' })).toHaveAttribute(
      'href',
      '/da/',
    );
  });

  it('a placeholder in Danish keeps the network’s minimum and says why', async () => {
    renderApp({ url: '/da/ecosystems/digital-health-ecosystem-belgium' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Økosystem i Belgien' }),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/Detaljer endnu ikke offentlige/).length).toBeGreaterThan(0);
    const meetings = screen.getByText('Møder om året', { selector: 'dt' });
    // eslint-disable-next-line testing-library/no-node-access -- a <dt> names its <dd> by position
    expect(meetings.nextElementSibling).toHaveTextContent(
      'Netværkets minimum: mindst 4 møder om året',
    );
    expect(screen.getByRole('region', { name: 'Kilder' })).toHaveTextContent(
      'Ingen offentlig kilde endnu.',
    );
  });
});
