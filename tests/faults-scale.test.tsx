// Many ecosystems, answers out of order, and every fault in Danish.
import { screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { apiDocument } from '../mocks/api-files';
import { server } from '../mocks/node';
import { ApiError } from '../src/api/client';
import { describeError } from '../src/i18n/describe-error';
import { real, first, items, serveEcosystems, serveBody, quietFaults } from './fault-helpers';
import { renderApp, testI18n } from './test-utils';

vi.mock('react-map-gl/maplibre', async () => (await import('./map-mock')).mapModule);

quietFaults();

describe('any number of ecosystems', () => {
  it('0 ecosystems', async () => {
    serveEcosystems([]);
    renderApp({ url: '/' });
    expect(await screen.findByText('No ecosystems match these filters')).toHaveAttribute(
      'role',
      'status',
    );
    expect(screen.getByText(/No ecosystem matches these filters/)).toBeInTheDocument();
  });

  it('1 ecosystem', async () => {
    serveEcosystems([first]);
    renderApp({ url: '/' });
    expect(await screen.findByText('1 ecosystem in 1 country')).toBeInTheDocument();
    expect(items()).toHaveLength(1);
  });

  it('10,000 ecosystems', async () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({
      ...real.ecosystems[i % real.ecosystems.length],
      id: `eco-${i}`,
    }));
    serveEcosystems(many);
    renderApp({ url: '/dashboard' });
    expect(
      await screen.findByText(/^10,000 ecosystems in \d+ countries$/, {}, { timeout: 20_000 }),
    ).toBeInTheDocument();
  }, 30_000);
});

describe('answers that arrive out of order', () => {
  it('never overwrite newer ones', async () => {
    const full = (id: string) => apiDocument(`ecosystems/${id}.json`) as Record<string, unknown>;
    server.use(
      http.get('*/api/v1/ecosystems/health-capital-helsinki.json', async () => {
        await delay(400);
        return HttpResponse.json(full('health-capital-helsinki'));
      }),
    );
    const { router, queryClient } = renderApp({ url: '/ecosystems/health-capital-helsinki' });
    await waitFor(() =>
      expect(router.state.location.pathname).toBe('/ecosystems/health-capital-helsinki'),
    );
    await router.navigate({ to: '/ecosystems/$id', params: { id: 'ouluhealth-ecosystem' } });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'OuluHealth Ecosystem' }),
    ).toBeInTheDocument();
    // Once the older request has settled (answered, or given up as no longer needed)...
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    // ...and the page still shows the newer one.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('OuluHealth Ecosystem');
  });
});

describe('faults in Danish', () => {
  it('a broken document, with the reason in Danish', async () => {
    serveBody('<!doctype html><title>Index</title>', { type: 'text/html' });
    renderApp({ url: '/da/' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Forventede JSON, men fik text/html');
    expect(within(alert).getByRole('button', { name: 'Prøv igen' })).toBeInTheDocument();
  });

  it('every kind of API error, with Danish numbers', () => {
    const { t } = testI18n('da');
    expect(describeError(new ApiError('No answer within 2.5 s', 'timeout'), t)).toBe(
      'Intet svar inden for 2,5 s',
    );
    expect(describeError(new ApiError('The network is unreachable', 'network'), t)).toBe(
      'Netværket kan ikke nås',
    );
    expect(
      describeError(
        new ApiError('The answer has an unexpected shape at ecosystems.0', 'schema'),
        t,
      ),
    ).toBe('Svaret har en uventet struktur ved ecosystems.0');
    expect(describeError(new Error('boom'), t)).toBe(
      'Noget gik galt, da denne del af siden skulle vises.',
    );
    const english = testI18n('en').t;
    expect(describeError(new ApiError('No answer within 10 s', 'timeout'), english)).toBe(
      'No answer within 10 s',
    );
  });

  it('broken records and unknown filter values are counted and named in Danish', async () => {
    serveEcosystems([
      { ...first, id: 'BAD ID' },
      { ...first, id: 'ALSO BAD' },
      ...real.ecosystems.slice(1),
    ]);
    renderApp({ url: '/da/?country=atlantis' });
    expect(
      await screen.findByText(
        '2 poster kunne ikke vises, fordi de er ufuldstændige eller ugyldige. Alt andet vises.',
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(/Nogle filtre i linket blev ikke genkendt og er udeladt/),
    ).toHaveTextContent('atlantis');
    expect(screen.getAllByRole('button', { name: 'Luk' })).toHaveLength(2);
  });
});
