import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from './test-utils';

vi.mock('react-map-gl/maplibre', async () => (await import('./map-mock')).mapModule);

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
    expect(organisations).toHaveTextContent('European Regional Development Fund');
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
      'Meets 9 of the 9',
    );
    expect(screen.getByRole('region', { name: 'Programmes' })).toHaveTextContent('Telecare Nord');
    expect(screen.getByRole('region', { name: 'Sources' })).toHaveTextContent(
      /accessed \d{4}-\d{2}-\d{2}/,
    );
    expect(screen.getByRole('region', { name: 'Gatherings' })).toBeInTheDocument();
    expect(document.title).toBe('South DENMARK eHealth ECOsystem · Ecosystem Atlas');
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
    await user.click(screen.getByRole('link', { name: /^Next:/ }));
    expect(router.state.location.searchStr).toBe('?country=finland');
  });

  it('shows the not-found page for an unknown id', async () => {
    renderApp({ url: '/ecosystems/no-such-ecosystem' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Not found' })).toBeInTheDocument();
  });
});
