import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../mocks/node';
import { renderApp } from './test-utils';

describe('app shell', () => {
  it('shows the network list of locations with their counts from the API', async () => {
    renderApp({ url: '/' });
    expect(
      await screen.findByRole('heading', {
        name: /which ecosystem would you like to connect with/i,
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Denmark \(\d+\)$/)).toBeInTheDocument();
    expect(screen.getByText(/^All \(\d+\)$/)).toBeInTheDocument();
  });

  it('has a header navigation that moves between pages', async () => {
    const { user } = renderApp({ url: '/' });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await user.click(await screen.findByRole('link', { name: 'About' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /what is a digital health ecosystem/i }),
    ).toBeInTheDocument();
    expect(nav).toBeInTheDocument();
    expect(document.title).toBe('What is an ecosystem? · Ecosystem Atlas');
  });

  it('shows the not-found page for an unknown address', async () => {
    renderApp({ url: '/nowhere' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the map' })).toBeInTheDocument();
  });

  it('shows the not-found page for an unknown ecosystem', async () => {
    renderApp({ url: '/ecosystems/atlantis' });
    expect(await screen.findByText(/no ecosystem at this address/i)).toBeInTheDocument();
  });

  it('shows an error with "Try again" when the API fails, and recovers', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    server.use(http.get('*/api/v1/locations.json', () => HttpResponse.json({}, { status: 500 })));
    const { user } = renderApp({ url: '/' });
    expect(await screen.findByRole('alert')).toHaveTextContent(/server answered 500/i);
    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(/^Denmark \(\d+\)$/)).toBeInTheDocument();
  });

  it('shows the location list, pages and not-found page in Danish', async () => {
    const { user } = renderApp({ url: '/da/' });
    expect(
      await screen.findByRole('heading', { name: 'Hvilket økosystem vil du gerne i kontakt med?' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Alle \(\d+\)$/)).toBeInTheDocument();
    expect(screen.getByText(/^Danmark \(\d+\)$/)).toBeInTheDocument();
    expect(document.title).toBe('Ecosystem Atlas');
    await user.click(screen.getByRole('link', { name: 'Om' }));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Hvad er et digitalt sundhedsøkosystem?',
      }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Hvad er et økosystem? · Ecosystem Atlas');
  });

  it('shows the not-found page in Danish', async () => {
    renderApp({ url: '/da/ecosystems/atlantis' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ikke fundet' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Der er intet økosystem på denne adresse/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tilbage til kortet' })).toBeInTheDocument();
    expect(document.title).toBe('Ikke fundet · Ecosystem Atlas');
  });

  it('words an API failure and the offline banner in Danish', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    server.use(http.get('*/api/v1/locations.json', () => HttpResponse.json({}, { status: 500 })));
    renderApp({ url: '/da/' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Økosystemerne kunne ikke indlæses');
    expect(alert).toHaveTextContent('Serveren svarede 500');
    expect(screen.getByRole('button', { name: 'Prøv igen' })).toBeInTheDocument();
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    window.dispatchEvent(new Event('offline'));
    expect(await screen.findByText(/^Du er offline\./)).toHaveAttribute('role', 'status');
  });
});
