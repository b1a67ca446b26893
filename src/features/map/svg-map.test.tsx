import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../tests/test-utils';

vi.mock('react-map-gl/maplibre', async () => (await import('../../../tests/map-mock')).mapModule);

const svgMap = async (name: RegExp) => screen.findByRole('region', { name }, { timeout: 5000 });

describe('the SVG map', () => {
  it('links each location to its filtered view, named by place and count', async () => {
    renderApp({ url: '/' });
    const map = await svgMap(/^Map of \d+ ecosystems$/);
    const denmark = await within(map).findByRole('link', { name: 'Denmark: 1 ecosystem' });
    expect(denmark).toHaveAttribute('href', '/?country=denmark');
    expect(within(map).getByRole('link', { name: /^Spain: \d+ ecosystems$/ })).toHaveAttribute(
      'href',
      '/?country=spain',
    );
  });

  it('follows the filters: one bubble for the one location left', async () => {
    const { user } = renderApp({ url: '/' });
    const map = await svgMap(/^Map of \d+ ecosystems$/);
    await within(map).findByRole('link', { name: 'Denmark: 1 ecosystem' });
    await user.click(screen.getByRole('checkbox', { name: /^Denmark \(\d+\)$/ }));
    const filtered = await svgMap(/^Map of 1 ecosystem$/);
    await vi.waitFor(() =>
      expect(within(filtered).getAllByRole('link', { name: /: \d+ ecosystems?$/ })).toHaveLength(1),
    );
  });

  it('names places and counts in Danish, and keeps the language in the link', async () => {
    renderApp({ url: '/da/' });
    const map = await svgMap(/^Kort over \d+ økosystemer$/);
    const denmark = await within(map).findByRole('link', { name: 'Danmark: 1 økosystem' });
    expect(denmark).toHaveAttribute('href', '/da/?country=denmark');
  });
});
