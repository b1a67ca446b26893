// What the app does with broken records and hostile strings: one test per case.
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type { EcosystemSummary } from '../src/api/documents';
import { apiDocument } from '../mocks/api-files';
import { server } from '../mocks/node';
import { real, first, items, recordNotice, serveEcosystems, quietFaults } from './fault-helpers';
import { renderApp } from './test-utils';

vi.mock('react-map-gl/maplibre', async () => (await import('./map-mock')).mapModule);

quietFaults();

describe('a broken record is skipped and counted; the rest works', () => {
  it('wrong field types', async () => {
    serveEcosystems([
      {
        ...first,
        figures: { memberOrganisations: { value: 'many', qualifier: 'exact', source: 's' } },
      },
      ...real.ecosystems.slice(1),
    ]);
    renderApp({ url: '/' });
    expect(await recordNotice()).toHaveTextContent('1 record could not be shown');
    expect(items()).toHaveLength(real.ecosystems.length - 1);
  });

  it('missing required fields', async () => {
    const partial: Partial<EcosystemSummary> = { ...first };
    delete partial.name;
    delete partial.locationId;
    serveEcosystems([partial, ...real.ecosystems.slice(1)]);
    renderApp({ url: '/' });
    expect(await recordNotice()).toHaveTextContent('1 record could not be shown');
  });

  it('duplicate ids', async () => {
    serveEcosystems([first, { ...first, name: 'Impostor' }, ...real.ecosystems.slice(1)]);
    renderApp({ url: '/' });
    expect(await recordNotice()).toHaveTextContent('1 record could not be shown');
    expect(screen.queryByText('Impostor')).not.toBeInTheDocument();
  });

  it('an unknown location id', async () => {
    serveEcosystems([{ ...first, locationId: 'atlantis' }, ...real.ecosystems.slice(1)]);
    renderApp({ url: '/' });
    expect(await recordNotice()).toHaveTextContent('1 record could not be shown');
  });

  it('coordinates out of range, swapped or not a number', async () => {
    const [lng, lat] = first.coordinates;
    serveEcosystems([
      { ...first, id: 'out-of-range', coordinates: [lng, 123] },
      { ...first, id: 'swapped', coordinates: [lat, lng] },
      { ...first, id: 'not-a-number', coordinates: [null, 'NaN'] },
      ...real.ecosystems.slice(1),
    ]);
    renderApp({ url: '/' });
    expect(await recordNotice()).toHaveTextContent('3 records could not be shown');
    expect(items()).toHaveLength(real.ecosystems.length - 1);
  });

  it('a 100 kB string', async () => {
    serveEcosystems([{ ...first, name: 'x'.repeat(100_000) }, ...real.ecosystems.slice(1)]);
    renderApp({ url: '/' });
    expect(await recordNotice()).toHaveTextContent('1 record could not be shown');
  });

  it('__proto__ as an id', async () => {
    serveEcosystems([{ ...first, id: '__proto__' }, ...real.ecosystems.slice(1)]);
    renderApp({ url: '/' });
    expect(await recordNotice()).toHaveTextContent('1 record could not be shown');
    // The record is skipped, not turned into an object key: the others all show.
    expect(items()).toHaveLength(real.ecosystems.length - 1);
  });

  it('the notice can be dismissed', async () => {
    serveEcosystems([{ ...first, id: 'BAD ID' }, ...real.ecosystems.slice(1)]);
    const { user } = renderApp({ url: '/' });
    await recordNotice();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/could not be shown/)).not.toBeInTheDocument();
  });
});

describe('hostile strings show as text', () => {
  it('bidi and zero-width characters', async () => {
    const name = 'Evil\u202Eenilno\u200B Ecosystem\u2066';
    serveEcosystems([{ ...first, name }, ...real.ecosystems.slice(1)]);
    renderApp({ url: '/' });
    const link = await screen.findByRole('link', { name: /Evil/ });
    expect(link.textContent).toBe(name);
  });

  it('HTML and script payloads in names', async () => {
    const name = '<img src=x onerror="window.hacked=1"><script>window.hacked=2</script>';
    serveEcosystems([{ ...first, name }, ...real.ecosystems.slice(1)]);
    renderApp({ url: '/' });
    expect(await screen.findByText(name)).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: '' })).toBeNull();
    // Shown as text: no element was made from the payload.
    // eslint-disable-next-line testing-library/no-node-access -- looking for markup that must not exist
    expect(document.body.querySelector('img[src="x"], script')).toBeNull();
  });

  it('HTML in a description, and javascript:, data:, vbscript: and //host links are not links', async () => {
    const full = apiDocument('ecosystems/south-denmark-ehealth-ecosystem.json') as {
      ecosystem: Record<string, unknown>;
    };
    const description = '<b>bold</b><script>window.hacked=3</script>';
    server.use(
      http.get('*/api/v1/ecosystems/south-denmark-ehealth-ecosystem.json', () =>
        HttpResponse.json({
          ...full,
          ecosystem: {
            ...full.ecosystem,
            description,
            website: ' JaVaScRiPt:alert(1)',
            leadOrganisations: [
              { name: 'Data link', website: 'DATA:text/html,<script>alert(1)</script>' },
              { name: 'VB link', website: 'vbscript:msgbox(1)' },
              { name: 'Host link', website: '//evil.example' },
              { name: 'Split link', website: 'java\nscript:alert(1)' },
              { name: 'Good link', website: 'https://example.org' },
            ],
          },
        }),
      ),
    );
    renderApp({ url: '/ecosystems/south-denmark-ehealth-ecosystem' });
    expect(await screen.findByText(description)).toBeInTheDocument();
    for (const name of ['Data link', 'VB link', 'Host link', 'Split link']) {
      expect(screen.getByText(name)).toBeInTheDocument();
      expect(screen.queryByRole('link', { name: new RegExp(name) })).not.toBeInTheDocument();
    }
    expect(
      screen.queryByRole('link', { name: /Website of the ecosystem/ }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Good link/ })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );
    // eslint-disable-next-line testing-library/no-node-access -- looking for markup that must not exist
    expect(document.body.querySelector('b, script')).toBeNull();
  });

  it('__proto__ as a filter value', async () => {
    renderApp({ url: '/?country=__proto__&theme=constructor' });
    expect(await screen.findByText(/not recognised and were left out/)).toHaveTextContent(
      '__proto__',
    );
    expect(items()).toHaveLength(real.ecosystems.length);
  });
});
