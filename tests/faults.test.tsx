// What the app does when the data or the network misbehave: one test per case.
import { render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryHistory } from '@tanstack/react-router';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiDocument } from '../mocks/api-files';
import { server } from '../mocks/node';
import { ApiError } from '../src/api/client';
import type { EcosystemsDocument, EcosystemSummary } from '../src/api/documents';
import { createQueryClient } from '../src/api/query-client';
import { App } from '../src/app/app';
import { createAppRouter } from '../src/app/router';
import { describeError } from '../src/i18n/describe-error';
import { renderApp, testI18n } from './test-utils';

vi.mock('react-map-gl/maplibre', async () => (await import('./map-mock')).mapModule);

const real = apiDocument('ecosystems.json') as EcosystemsDocument;
const first = real.ecosystems[0] as EcosystemSummary;
const ECOSYSTEMS_URL = '*/api/v1/ecosystems.json';

function serveEcosystems(ecosystems: unknown[]) {
  server.use(http.get(ECOSYSTEMS_URL, () => HttpResponse.json({ ...real, ecosystems })));
}
function serveBody(body: string, init: { status?: number; type?: string } = {}) {
  server.use(
    http.get(
      ECOSYSTEMS_URL,
      () =>
        new HttpResponse(body, {
          status: init.status ?? 200,
          headers: { 'Content-Type': init.type ?? 'application/json' },
        }),
    ),
  );
}
/** Serves `status` for the first `failures` requests of ecosystems.json, then the file; logs when each came. */
function failFirst(failures: number, status: number): number[] {
  const times: number[] = [];
  server.use(
    http.get(ECOSYSTEMS_URL, () => {
      times.push(Date.now());
      return times.length <= failures
        ? new HttpResponse('trouble', { status })
        : HttpResponse.json(real);
    }),
  );
  return times;
}
/** The app as it runs in the browser: its own query client, retries included. */
function renderWithRetries(url: string) {
  const router = createAppRouter({ history: createMemoryHistory({ initialEntries: [url] }) });
  render(<App router={router} queryClient={createQueryClient()} i18n={testI18n('en')} />);
}
const items = () =>
  within(screen.getByRole('list', { name: 'Ecosystems' })).getAllByRole('listitem');
const recordNotice = () => screen.findByText(/could not be shown because/);

async function expectRegionError(message: RegExp) {
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent(message);
  expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  // The rest of the page (header, navigation) still works.
  expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
}

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a broken document shows an error in its region with "Try again"', () => {
  it('500', async () => {
    serveBody('{}', { status: 500 });
    renderApp({ url: '/' });
    await expectRegionError(/server answered 500/);
  });

  it.each([502, 503])(
    '%i, and it is retried after a second, then the list shows',
    async (status) => {
      const times = failFirst(1, status);
      renderWithRetries('/');
      // No "Try again" needed: the app asks again by itself, after its backoff.
      expect(
        await screen.findByRole('checkbox', { name: `All (${real.ecosystems.length})` }),
      ).toBeChecked();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      expect(times).toHaveLength(2);
      const [firstTry = 0, secondTry = 0] = times;
      expect(secondTry - firstTry).toBeGreaterThanOrEqual(900);
    },
  );

  it('404, and it is not retried: the error shows after the one request', async () => {
    const times = failFirst(99, 404);
    renderWithRetries('/');
    await expectRegionError(/server answered 404/);
    expect(times).toHaveLength(1);
  });

  it('a network error', async () => {
    server.use(http.get(ECOSYSTEMS_URL, () => HttpResponse.error()));
    renderApp({ url: '/' });
    await expectRegionError(/network is unreachable/);
  });

  it('a hang past the timeout: "No answer within 10 s", not before', async () => {
    let asked = false;
    server.use(
      http.get(ECOSYSTEMS_URL, async () => {
        asked = true;
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    // Fake timers that still run with the clock, so the page loads; the hang is skipped over.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    renderApp({ url: '/' });
    await waitFor(() => expect(asked).toBe(true));
    await vi.advanceTimersByTimeAsync(9_000);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await vi.advanceTimersByTimeAsync(1_500);
    await expectRegionError(/No answer within 10 s/);
  });

  it('malformed JSON', async () => {
    serveBody('{"apiVersion":"v1", "ecosystems": [');
    renderApp({ url: '/' });
    await expectRegionError(/not valid JSON/);
  });

  it('HTML with status 200', async () => {
    serveBody('<!doctype html><title>Index</title>', { type: 'text/html' });
    renderApp({ url: '/' });
    await expectRegionError(/Expected JSON but got text\/html/);
  });

  it('an empty body', async () => {
    serveBody('');
    renderApp({ url: '/' });
    await expectRegionError(/not valid JSON/);
  });

  it('null', async () => {
    serveBody('null');
    renderApp({ url: '/' });
    await expectRegionError(/unexpected shape/);
  });

  it('{}', async () => {
    serveBody('{}');
    renderApp({ url: '/' });
    await expectRegionError(/unexpected shape/);
  });

  it('a wrong top-level shape (an array)', async () => {
    serveBody(JSON.stringify(real.ecosystems));
    renderApp({ url: '/' });
    await expectRegionError(/unexpected shape/);
  });

  it('one endpoint failing while the others work', async () => {
    server.use(http.get('*/api/v1/events.json', () => HttpResponse.json({}, { status: 500 })));
    renderApp({ url: '/ecosystems/south-denmark-ehealth-ecosystem' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'South DENMARK eHealth ECOsystem' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('The gatherings could not be loaded')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Advantages' })).toBeInTheDocument();
  });
});

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
