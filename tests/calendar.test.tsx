import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from './test-utils';

vi.mock('react-map-gl/maplibre', async () => (await import('./map-mock')).mapModule);

const article = (title: RegExp) => screen.getByRole('article', { name: title });

describe('gatherings in calendars', () => {
  it('offers each dated gathering to a calendar and the network feed on /events', async () => {
    const { user } = renderApp({ url: '/events' });
    const cardiff = await screen.findByRole('article', {
      name: /^5 Nations multi-ecosystem gathering/,
    });
    await user.click(within(cardiff).getByRole('button', { name: 'Add to calendar' }));
    expect(
      within(cardiff).getByRole('link', { name: 'Download calendar file (.ics)' }),
    ).toHaveAttribute('href', '/api/v1/calendars/events/2019-11-5-nations-cardiff.ics');
    const network = screen.getByRole('group', { name: 'All gatherings of the network' });
    expect(
      within(network).getByRole('link', { name: 'Subscribe in a calendar app' }),
    ).toHaveAttribute('href', 'webcal://localhost:3000/api/v1/calendars/network.ics');
    // A month is not a day: no file, and a plain word why.
    const melbourne = article(/^Launch of the Melbourne/);
    expect(within(melbourne).queryByRole('button', { name: 'Add to calendar' })).toBeNull();
    expect(melbourne).toHaveTextContent('The source gives only the month');
  });

  it('offers the feed that holds exactly the filtered gatherings, or says none does', async () => {
    const { unmount } = renderApp({ url: '/events?country=malta' });
    expect(
      await screen.findByRole('group', {
        name: /^For these filters: the feed of Malta Digital Health Ecosystem/,
      }),
    ).toBeInTheDocument();
    unmount();
    renderApp({ url: '/events?country=denmark' });
    expect(
      await screen.findByText(/^No calendar feed holds exactly the gatherings for these filters/),
    ).toBeInTheDocument();
  });

  it('offers an ecosystem’s feed on its page, in Danish too', async () => {
    renderApp({ url: '/da/ecosystems/digital-health-ecosystem-wales' });
    const group = await screen.findByRole('group', {
      name: 'Arrangementer hos Digital Health Ecosystem Wales',
    });
    expect(within(group).getByRole('link', { name: 'Abonnér i en kalender-app' })).toHaveAttribute(
      'href',
      'webcal://localhost:3000/api/v1/calendars/ecosystems/digital-health-ecosystem-wales.ics',
    );
    expect(screen.getByRole('button', { name: 'Føj til kalender' })).toBeInTheDocument();
  });

  it('offers no feed for an ecosystem whose gatherings have only a month, and says why', async () => {
    renderApp({ url: '/ecosystems/melbourne-digital-health-ecosystem' });
    expect(
      await screen.findByText(
        'No calendar feed: the sources of its gatherings give only the month.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Subscribe in a calendar app' })).toBeNull();
  });
});
