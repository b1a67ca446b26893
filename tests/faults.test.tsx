// What the app does when a document or the network misbehaves: one test per case.
import { screen, waitFor } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../mocks/node';
import {
  real,
  ECOSYSTEMS_URL,
  serveBody,
  failFirst,
  renderWithRetries,
  expectRegionError,
  quietFaults,
} from './fault-helpers';
import { renderApp } from './test-utils';

vi.mock('react-map-gl/maplibre', async () => (await import('./map-mock')).mapModule);

quietFaults();

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
