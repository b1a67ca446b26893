import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { apiDocument } from '../mocks/api-files';
import type { EcosystemsDocument, StatsDocument } from '../src/api/documents';
import { chooseSpotlight } from '../src/features/present/spotlight';
import { renderApp } from './test-utils';

vi.mock('react-map-gl/maplibre', async () => (await import('./map-mock')).mapModule);

const stats = apiDocument('stats.json') as StatsDocument;
const { ecosystems } = apiDocument('ecosystems.json') as EcosystemsDocument;
const headline = (metric: string) =>
  stats.network.figures.find((figure) => figure.headline && figure.metric === metric);
const members = headline('member-organisations');
const gatherings = headline('gatherings-per-year');

describe('presenter mode', () => {
  it('moves between slides with the keys and the URL follows', async () => {
    const { user, router } = renderApp({ url: '/present' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The network in numbers' }),
    ).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(await screen.findByText('Slide 2 of 11')).toBeInTheDocument();
    expect(router.state.location.searchStr).toBe('?slide=2');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      `${members?.display} ${members?.label}`,
    );
    expect(screen.getByText(/^Source: /)).toHaveTextContent(members?.source.title ?? 'missing');
    await user.keyboard('{End}');
    expect(router.state.location.searchStr).toBe('?slide=11');
    await user.keyboard('4');
    expect(router.state.location.searchStr).toBe('?slide=4');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      `${gatherings?.display} ${gatherings?.label}`,
    );
    await user.keyboard('{Escape}');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Network in numbers' }),
    ).toBeInTheDocument();
  });

  it('computes the headline figures for the filters, never the network-wide ones', async () => {
    const { user } = renderApp({ url: '/present?slide=3&country=scotland,wales' });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      '1 Active countries',
    );
    await user.keyboard('{ArrowLeft}');
    const heading = await screen.findByRole('heading', { level: 1, name: /Member organisations/ });
    expect(heading).not.toHaveTextContent(members?.display ?? 'missing');
    expect(screen.getByText(/^Organisations /)).toHaveTextContent(
      /none of the 3 ecosystems publishes a count|in the \d+ of 3 ecosystems that publish a count/,
    );
    expect(screen.getByText(/Slide 2 of 10/)).toBeInTheDocument();
  });

  it('the controls work with a pointer too', async () => {
    const { user, router } = renderApp({ url: '/present?slide=2' });
    await user.click(await screen.findByRole('button', { name: 'Next' }));
    expect(router.state.location.searchStr).toBe('?slide=3');
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(router.state.location.searchStr).toBe('?slide=2');
  });

  it('kiosk mode shows the slide and hides the controls', async () => {
    renderApp({ url: '/present?kiosk=1' });
    // The slide is drawn first, so the absence of the controls means something.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The network in numbers' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Slides' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Next' })).not.toBeInTheDocument();
  });

  it('Copy link copies the address of the slide shown, filters included', async () => {
    const { user } = renderApp({ url: '/present?slide=3&country=spain' });
    const controls = await screen.findByRole('navigation', { name: 'Slides' });
    const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
    // After userEvent.setup(), which installs a clipboard of its own.
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(within(controls).getByRole('button', { name: 'Next' }));
    await user.click(within(controls).getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied')).toHaveAttribute('role', 'status');
    expect(writeText).toHaveBeenCalledTimes(1);
    const copied = new URL(writeText.mock.calls[0]?.[0] ?? '');
    expect(copied.pathname).toBe('/present');
    expect(Object.fromEntries(copied.searchParams)).toEqual({ slide: '4', country: 'spain' });
  });

  it('says no ecosystem publishes a member count when the filters leave none in view', async () => {
    renderApp({ url: '/present?slide=2&country=spain&region=north-america' });
    const heading = await screen.findByRole('heading', { level: 1, name: /Member organisations/ });
    expect(heading).toHaveTextContent('Not published');
    expect(heading).not.toHaveTextContent(members?.display ?? 'missing');
    expect(screen.getByText(/^Organisations /)).toHaveTextContent(
      'Organisations none of the 0 ecosystems publishes a count',
    );
  });
  it('presents in Danish at /da/present, the date and numbers in Danish form', async () => {
    const { user } = renderApp({ url: '/da/present' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Netværket i tal' }),
    ).toBeInTheDocument();
    const today = new Intl.DateTimeFormat('da-DK', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(new Date());
    expect(screen.getByText(new RegExp(`^${today} · data pr\\. `))).toBeInTheDocument();
    expect(screen.getByText('Dias 1 af 11')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Næste' }));
    expect(await screen.findByText('Dias 2 af 11')).toBeInTheDocument();
    expect(screen.getByText(/^Kilde: /)).toHaveTextContent(members?.source.title ?? 'missing');
    expect(screen.getByRole('navigation', { name: 'Dias' })).toBeInTheDocument();
  });

  it('computes the member figure in Danish for a filtered view', async () => {
    renderApp({ url: '/da/present?slide=2&country=spain' });
    const heading = await screen.findByRole('heading', { level: 1, name: /Medlemsorganisationer/ });
    const spain = ecosystems.filter((ecosystem) => ecosystem.locationId === 'spain');
    const publishing = spain.filter((ecosystem) => ecosystem.figures.memberOrganisations);
    expect(screen.getByText(/^Organisationer /)).toHaveTextContent(
      publishing.length === spain.length
        ? /i (alle \d+|det ene) økosystem/
        : `i de ${publishing.length} af ${spain.length} økosystemer, der oplyser et tal`,
    );
    const total = publishing.reduce(
      (sum, ecosystem) => sum + (ecosystem.figures.memberOrganisations?.value ?? 0),
      0,
    );
    expect(heading).toHaveTextContent(new Intl.NumberFormat('da-DK').format(total));
  });
});

describe('chooseSpotlight', () => {
  it('takes the requested ecosystem when it exists', () => {
    expect(chooseSpotlight(ecosystems, 'south-denmark-ehealth-ecosystem', new Date())).toBe(
      'south-denmark-ehealth-ecosystem',
    );
  });
  it('rotates monthly through sourced ecosystems otherwise', () => {
    const january = chooseSpotlight(ecosystems, 'atlantis', new Date(2026, 0, 15));
    const february = chooseSpotlight(ecosystems, undefined, new Date(2026, 1, 15));
    expect(january).not.toBe(february);
    expect(ecosystems.find((ecosystem) => ecosystem.id === january)?.placeholder).toBe(false);
    expect(chooseSpotlight(ecosystems, undefined, new Date(2026, 0, 3))).toBe(january);
  });
});
