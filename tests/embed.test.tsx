import { screen, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiDocument } from '../mocks/api-files';
import type { StatsDocument } from '../src/api/documents';
import { languageFromUrl } from '../src/app/language';
import { rememberLanguage, rememberedLanguage } from '../src/i18n/languages';
import { pretendWebGl, resetRecorded } from './map-mock';
import { renderApp } from './test-utils';

vi.mock('react-map-gl/maplibre', async () => (await import('./map-mock')).mapModule);

const stats = apiDocument('stats.json') as StatsDocument;

// jsdom has the <dialog> element but not its modal methods: these do what the browser does to
// the element (focus trapping and Escape are checked in the browser tests).
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});

const code = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: /Code to paste/ });

describe('embed this map', () => {
  beforeEach(() => {
    resetRecorded();
    pretendWebGl();
  });

  it('builds the code for the filters, follows the size, and says when it is copied', async () => {
    const { user } = renderApp({ url: '/?country=spain' });
    const button = await screen.findByRole('button', { name: 'Embed this map' });
    await user.click(button);
    const dialog = screen.getByRole('dialog', { name: 'Embed this map' });
    // The builder loads when the dialog first opens.
    expect(await within(dialog).findByText('Spain')).toBeInTheDocument();
    const origin = window.location.origin;
    expect(code().value).toBe(
      `<iframe src="${origin}/embed?country=spain" title="Map of digital health ecosystems: Spain" width="720" height="480" loading="lazy" style="border:0"></iframe>`,
    );
    const preview = within(dialog).getByTitle('Map of digital health ecosystems: Spain');
    expect(preview).toHaveAttribute('src', `${origin}/embed?country=spain`);

    await user.click(within(dialog).getByRole('radio', { name: /^Large/ }));
    expect(code().value).toContain('width="960" height="600"');
    await user.click(within(dialog).getByRole('radio', { name: /^Full width/ }));
    expect(code().value).toContain('width="100%" height="600"');

    await user.click(within(dialog).getByRole('button', { name: 'Copy code' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent('Code copied');
    expect(await navigator.clipboard.readText()).toBe(code().value);

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('carries the list and the language into the address, and titles the frame in that language', async () => {
    const { user } = renderApp({ url: '/?country=spain' });
    await user.click(await screen.findByRole('button', { name: 'Embed this map' }));
    await user.click(await screen.findByRole('checkbox', { name: /Show the list/ }));
    await user.click(screen.getByRole('radio', { name: 'Dansk' }));
    expect(code().value).toContain('/da/embed?country=spain&amp;list=1"');
    expect(code().value).toContain('title="Kort over digitale sundhedsøkosystemer: Spanien"');
    expect(screen.getByTitle('Kort over digitale sundhedsøkosystemer: Spanien')).toHaveAttribute(
      'src',
      `${window.location.origin}/da/embed?country=spain&list=1`,
    );
  });

  it('checks a custom size and gives no code until it is right', async () => {
    const { user } = renderApp({ url: '/' });
    await user.click(await screen.findByRole('button', { name: 'Embed this map' }));
    await user.click(await screen.findByRole('radio', { name: 'Custom size' }));
    const width = screen.getByRole('spinbutton', { name: 'Width in pixels' });
    expect(width).toHaveValue(720);
    await user.clear(width);
    await user.type(width, '100');
    expect(width).toHaveAccessibleDescription('The width must be at least 240 pixels.');
    expect(width).toHaveAttribute('aria-invalid', 'true');
    expect(code().value).toBe('');
    expect(screen.queryByRole('button', { name: 'Copy code' })).not.toBeInTheDocument();
    await user.clear(width);
    await user.type(width, '500');
    const height = screen.getByRole('spinbutton', { name: 'Height in pixels' });
    await user.clear(height);
    await user.type(height, '9000');
    expect(height).toHaveAccessibleDescription('The height can be at most 2,000 pixels.');
    await user.clear(height);
    await user.type(height, '400');
    expect(code().value).toContain(
      'title="Map of digital health ecosystems" width="500" height="400"',
    );
  });
});

describe('embed a chart', () => {
  it('offers the code for each chart of the dashboard, with the filters', async () => {
    const { user } = renderApp({ url: '/dashboard?region=europe' });
    const button = await screen.findByRole('button', {
      name: 'Embed the chart: Growth of the network by year',
    });
    await user.click(button);
    screen.getByRole('dialog', { name: 'Embed this chart' });
    await screen.findByRole('textbox', { name: /Code to paste/ });
    expect(screen.queryByRole('checkbox', { name: /Show the list/ })).not.toBeInTheDocument();
    expect(code().value).toMatch(
      /src="http:\/\/[^"]+\/embed\/chart\/growth\?region=europe" title="Growth of the network by year: Europe" width="640" height="640"/,
    );
  });

  it('shows a chart with its title, takeaway, source and date', async () => {
    renderApp({ url: '/embed/chart/regions' });
    expect(
      await screen.findByRole('heading', { name: 'Ecosystems by world region' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/holds \d+ of the \d+ ecosystems/)).toBeInTheDocument();
    expect(screen.getByText(/^Source: Ecosystem Atlas, from its records/)).toHaveTextContent(
      /Data as of \w+ \d{4}\./,
    );
    expect(screen.queryByRole('button', { name: /Embed/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Open in Ecosystem Atlas/ })).toHaveAttribute(
      'href',
      '/dashboard',
    );
    expect(stats.asOf).toMatch(/^\d{4}/);
  });

  it('shows the network’s own counts with their sources beside the growth chart', async () => {
    renderApp({ url: '/da/embed/chart/growth' });
    expect(await screen.findByText('Netværkets egne offentliggjorte antal:')).toBeInTheDocument();
    const counts = stats.network.figures.filter((figure) => figure.metric === 'ecosystems');
    for (const figure of counts.filter((candidate) => candidate.asOf)) {
      const title = figure.source.title;
      expect(screen.getByRole('link', { name: (name) => name.startsWith(title) })).toHaveAttribute(
        'href',
        figure.source.url,
      );
    }
  });

  it('says so inside the frame when the chart does not exist', async () => {
    renderApp({ url: '/embed/chart/pie' });
    expect(await screen.findByRole('heading', { name: 'Chart not found' })).toBeInTheDocument();
    expect(screen.getByText(/no chart called “pie”/)).toHaveTextContent(
      'regions, top-locations, growth, member-counts',
    );
  });
});

describe('the language of an embed', () => {
  it('is the one its address asks for, not the one the visitor chose for the atlas', async () => {
    rememberLanguage('da');
    try {
      for (const path of ['/embed?country=spain', '/embed/chart/growth']) {
        window.history.replaceState(null, '', path);
        expect(languageFromUrl()).toBe('en');
        expect(window.location.pathname).not.toMatch(/^\/da\//);
      }
      window.history.replaceState(null, '', '/dashboard');
      expect(languageFromUrl()).toBe('da');
      expect(window.location.pathname).toBe('/da/dashboard');

      // Showing an embed in Danish (the dialog's preview) leaves an English visitor's choice.
      rememberLanguage('en');
      renderApp({ url: '/da/embed/chart/regions' });
      await screen.findByRole('heading', { name: 'Økosystemer efter verdensdel' });
      expect(rememberedLanguage()).toBe('en');
    } finally {
      window.localStorage.clear();
      window.history.replaceState(null, '', '/');
    }
  });
});
