// Choosing ecosystems to compare: the add buttons, and the tray that keeps the choice across pages.
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { BASQUE, BELGIUM, SOUTH_DENMARK } from './compare-helpers';
import { renderApp } from './test-utils';

vi.mock('react-map-gl/maplibre', async () => (await import('./map-mock')).mapModule);

describe('add to comparison and the tray', () => {
  it('adds from the list, removes from the tray, and the tray links to /compare', async () => {
    const { user, router } = renderApp({ url: '/?country=spain' });
    await user.click(
      await screen.findByRole('button', { name: 'Add to comparison: Basque Health Ecosystem' }),
    );
    const tray = await screen.findByRole('complementary', { name: 'Comparison' });
    expect(within(tray).getByRole('listitem')).toHaveTextContent('Basque Health Ecosystem');
    expect(router.state.location.searchStr).toBe(`?country=spain&compare=${BASQUE}`);
    // The row's button now takes it out again.
    expect(
      screen.getByRole('button', { name: 'Remove from comparison: Basque Health Ecosystem' }),
    ).toBeInTheDocument();
    const madrid = screen.getByRole('button', { name: /^Add to comparison: Madrid/ });
    await user.click(madrid);
    expect(within(tray).getAllByRole('listitem')).toHaveLength(2);
    await user.click(
      within(tray).getByRole('button', {
        name: 'Remove Basque Health Ecosystem from the comparison',
      }),
    );
    expect(within(tray).getAllByRole('listitem')).toHaveLength(1);
    expect(router.state.location.searchStr).toMatch(/^\?country=spain&compare=madrid-/);
    await user.click(
      screen.getByRole('button', { name: 'Add to comparison: Basque Health Ecosystem' }),
    );
    await user.click(within(tray).getByRole('link', { name: 'Compare (2)' }));
    expect(await screen.findByRole('table', { name: /side by side/ })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/compare');
    expect(router.state.location.searchStr).toMatch(
      /^\?ids=madrid-[a-z-]+,basque-health-ecosystem$/,
    );
    expect(screen.queryByRole('complementary', { name: 'Comparison' })).not.toBeInTheDocument();
  });

  it('keeps the choice across pages, and disables further adds at four, saying why', async () => {
    const four = ['ecos', BASQUE, SOUTH_DENMARK, BELGIUM].join(',');
    const { user, router } = renderApp({ url: `/?compare=${four}` });
    const add = await screen.findByRole('button', { name: 'Add to comparison: Medical Valley' });
    expect(add).toHaveAttribute('aria-disabled', 'true');
    expect(add).toHaveAccessibleDescription(
      'Four are chosen already, the most a comparison holds.',
    );
    await user.click(add);
    expect(router.state.location.searchStr).toBe(`?compare=${four}`);
    expect(screen.getByText(/Four chosen, the most a comparison holds/)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'About' }));
    await screen.findByRole('heading', { level: 1, name: /What is a digital health ecosystem/ });
    expect(router.state.location.searchStr).toBe(`?compare=${four}`);
    expect(screen.getByRole('complementary', { name: 'Comparison' })).toBeInTheDocument();
  });

  it('toggles on an ecosystem page', async () => {
    const { user, router } = renderApp({ url: `/ecosystems/${BASQUE}` });
    await user.click(
      await screen.findByRole('button', { name: 'Add to comparison: Basque Health Ecosystem' }),
    );
    expect(router.state.location.searchStr).toBe(`?compare=${BASQUE}`);
    expect(await screen.findByText('Choose one more to compare.')).toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: 'Remove from comparison: Basque Health Ecosystem' }),
    );
    expect(router.state.location.searchStr).toBe('');
    expect(screen.queryByRole('complementary', { name: 'Comparison' })).not.toBeInTheDocument();
  });
});
