import { http, HttpResponse, delay } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { ApiError, DEFAULT_TIMEOUT_MS, fetchJson } from './client';
import { THING_URL, Thing } from './test-data';

describe('fetchJson: cancelling and timers', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('passes the caller’s own cancellation through rather than reporting an error', async () => {
    server.use(
      http.get(THING_URL, async () => {
        await delay('infinite');
        return HttpResponse.json({ name: 'late' });
      }),
    );
    const controller = new AbortController();
    const request = fetchJson(THING_URL, Thing, { signal: controller.signal, timeoutMs: 2000 });
    controller.abort();
    const caught: unknown = await request.then(
      () => 'resolved',
      (error: unknown) => error,
    );
    expect(caught).not.toBeInstanceOf(ApiError);
    expect(caught).toMatchObject({ name: 'AbortError' });
  });

  it('still answers with data when a caller’s signal is given but not used', async () => {
    server.use(http.get(THING_URL, () => HttpResponse.json({ name: 'Odense' })));
    const controller = new AbortController();
    await expect(fetchJson(THING_URL, Thing, { signal: controller.signal })).resolves.toEqual({
      name: 'Odense',
    });
  });

  it('uses a 10 s timeout by default', () => {
    expect(DEFAULT_TIMEOUT_MS).toBe(10_000);
  });

  it('clears its timer once the answer is in, and times out after exactly the default', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const fetchMock = vi.fn<typeof fetch>(() =>
      Promise.resolve(
        new Response('{"name":"Odense"}', { headers: { 'Content-Type': 'application/json' } }),
      ),
    );
    vi.stubGlobal('fetch', fetchMock);
    try {
      await expect(fetchJson(THING_URL, Thing)).resolves.toEqual({ name: 'Odense' });
      expect(vi.getTimerCount()).toBe(0);
      expect(fetchMock).toHaveBeenCalledWith(THING_URL, {
        signal: expect.any(AbortSignal) as AbortSignal,
        headers: { Accept: 'application/json' },
      });

      // A fetch that waits until it is aborted.
      fetchMock.mockImplementation(
        (_url, init) =>
          new Promise<Response>((_resolve, reject) => {
            init?.signal?.addEventListener('abort', () => {
              reject(new DOMException('aborted', 'AbortError'));
            });
          }),
      );
      let settled: unknown = 'pending';
      const request = fetchJson(THING_URL, Thing).then(
        () => 'resolved',
        (error: unknown) => (settled = error),
      );
      await vi.advanceTimersByTimeAsync(DEFAULT_TIMEOUT_MS - 1);
      expect(settled).toBe('pending');
      await vi.advanceTimersByTimeAsync(1);
      await request;
      expect(settled).toBeInstanceOf(ApiError);
      expect(settled).toMatchObject({ kind: 'timeout', message: 'No answer within 10 s' });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
