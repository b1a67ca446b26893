import { http, HttpResponse, delay } from 'msw';
import * as z from 'zod/mini';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { ApiError, DEFAULT_TIMEOUT_MS, apiUrl, fetchJson, shouldRetry } from './client';

const URL = 'http://localhost/api/v1/thing.json';
const Thing = z.object({ name: z.string() });

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('fetchJson', () => {
  it('returns parsed data for a JSON answer of the right shape', async () => {
    server.use(http.get(URL, () => HttpResponse.json({ name: 'Odense' })));
    await expect(fetchJson(URL, Thing)).resolves.toEqual({ name: 'Odense' });
  });

  it('rejects HTML served with status 200', async () => {
    server.use(http.get(URL, () => HttpResponse.html('<!doctype html><p>index</p>')));
    const error = await failure(fetchJson(URL, Thing));
    expect(error.kind).toBe('not-json');
    expect(error.retryable).toBe(false);
  });

  it.each([404, 500, 503])('rejects a %i answer', async (status) => {
    server.use(http.get(URL, () => HttpResponse.json({ name: 'x' }, { status })));
    const error = await failure(fetchJson(URL, Thing));
    expect(error).toMatchObject({ kind: 'http', status });
    expect(error.retryable).toBe(status >= 500);
  });

  it('times out when no answer comes', async () => {
    server.use(
      http.get(URL, async () => {
        await delay('infinite');
        return HttpResponse.json({ name: 'late' });
      }),
    );
    const error = await failure(fetchJson(URL, Thing, { timeoutMs: 50 }));
    expect(error.kind).toBe('timeout');
    expect(error.retryable).toBe(true);
  });

  it('rejects malformed JSON', async () => {
    server.use(
      http.get(
        URL,
        () => new HttpResponse('{"name":', { headers: { 'Content-Type': 'application/json' } }),
      ),
    );
    expect((await failure(fetchJson(URL, Thing))).kind).toBe('not-json');
  });

  it('rejects JSON of the wrong shape and never retries it', async () => {
    server.use(http.get(URL, () => HttpResponse.json({ name: 42 })));
    const error = await failure(fetchJson(URL, Thing));
    expect(error.kind).toBe('schema');
    expect(error.message).toMatch(/name/);
    expect(shouldRetry(0, error)).toBe(false);
  });

  it('reports a network error as retryable', async () => {
    server.use(http.get(URL, () => HttpResponse.error()));
    const error = await failure(fetchJson(URL, Thing));
    expect(error.kind).toBe('network');
    expect(shouldRetry(0, error)).toBe(true);
    expect(shouldRetry(3, error)).toBe(false);
  });
});

/** Serves `body` with exactly the headers given (no Content-Type unless named). */
function answer(body: string, headers: Record<string, string> = {}, status = 200) {
  server.use(
    http.get(URL, () => new HttpResponse(new TextEncoder().encode(body), { status, headers })),
  );
}

describe('fetchJson: what the user is told', () => {
  it('names the error ApiError and gives the status of an HTTP error', async () => {
    answer('{"name":"x"}', { 'Content-Type': 'application/json' }, 404);
    const error = await failure(fetchJson(URL, Thing));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ApiError');
    expect(error.message).toBe('The server answered 404');
    expect(error).toMatchObject({ kind: 'http', status: 404 });
  });

  it('asks for JSON', async () => {
    let accept: string | null = null;
    server.use(
      http.get(URL, ({ request }) => {
        accept = request.headers.get('accept');
        return HttpResponse.json({ name: 'Odense' });
      }),
    );
    await fetchJson(URL, Thing);
    expect(accept).toBe('application/json');
  });

  it('says which content type came instead of JSON', async () => {
    server.use(http.get(URL, () => HttpResponse.html('{"name":"looks like JSON"}')));
    const error = await failure(fetchJson(URL, Thing));
    expect(error.message).toBe('Expected JSON but got text/html');
    expect(error.kind).toBe('not-json');
    expect(error.status).toBeUndefined();
  });

  it('says when the answer has no content type at all', async () => {
    answer('{"name":"x"}');
    const error = await failure(fetchJson(URL, Thing));
    expect(error.message).toBe('Expected JSON but got no content type');
    expect(error.kind).toBe('not-json');
  });

  it.each([
    'application/json',
    'application/json; charset=utf-8',
    'APPLICATION/JSON',
    'application/vnd.api+json',
    'application/problem+json',
    'application/ld+json;profile=x',
  ])('accepts JSON served as %s', async (type) => {
    answer('{"name":"Odense"}', { 'Content-Type': type });
    await expect(fetchJson(URL, Thing)).resolves.toEqual({ name: 'Odense' });
  });

  it.each([
    'text/plain',
    'text/plain; format=application/json',
    'text/application/json',
    'application/jsonp',
    'application/+json',
    'application/x json',
  ])('rejects valid JSON served as %s', async (type) => {
    answer('{"name":"Odense"}', { 'Content-Type': type });
    const error = await failure(fetchJson(URL, Thing));
    expect(error.message).toBe(`Expected JSON but got ${type}`);
    expect(error.kind).toBe('not-json');
  });

  it('says when JSON is broken', async () => {
    answer('{"name":', { 'Content-Type': 'application/json' });
    const error = await failure(fetchJson(URL, Thing));
    expect(error.message).toBe('The answer is not valid JSON');
    expect(error.retryable).toBe(false);
  });

  it('names the path of the first wrong field', async () => {
    const Nested = z.object({ city: z.object({ name: z.string(), size: z.number() }) });
    server.use(http.get(URL, () => HttpResponse.json({ city: { name: 42, size: 'x' } })));
    const error = await failure(fetchJson(URL, Nested));
    expect(error.message).toBe('The answer has an unexpected shape at city.name');
    expect(error.kind).toBe('schema');
  });

  it('names no path when the whole answer has the wrong shape', async () => {
    server.use(http.get(URL, () => HttpResponse.json(['not', 'an', 'object'])));
    const error = await failure(fetchJson(URL, Thing));
    expect(error.message).toBe('The answer has an unexpected shape');
    expect(error.kind).toBe('schema');
  });

  it('says how long it waited before giving up', async () => {
    server.use(
      http.get(URL, async () => {
        await delay('infinite');
        return HttpResponse.json({ name: 'late' });
      }),
    );
    const error = await failure(fetchJson(URL, Thing, { timeoutMs: 100 }));
    expect(error.message).toBe('No answer within 0.1 s');
    expect(error.kind).toBe('timeout');
  });

  it('says the network is unreachable when the connection fails', async () => {
    server.use(http.get(URL, () => HttpResponse.error()));
    const error = await failure(fetchJson(URL, Thing));
    expect(error.message).toBe('The network is unreachable');
    expect(error.status).toBeUndefined();
  });
});

describe('fetchJson: cancelling and timers', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('passes the caller’s own cancellation through rather than reporting an error', async () => {
    server.use(
      http.get(URL, async () => {
        await delay('infinite');
        return HttpResponse.json({ name: 'late' });
      }),
    );
    const controller = new AbortController();
    const request = fetchJson(URL, Thing, { signal: controller.signal, timeoutMs: 2000 });
    controller.abort();
    const caught: unknown = await request.then(
      () => 'resolved',
      (error: unknown) => error,
    );
    expect(caught).not.toBeInstanceOf(ApiError);
    expect(caught).toMatchObject({ name: 'AbortError' });
  });

  it('still answers with data when a caller’s signal is given but not used', async () => {
    server.use(http.get(URL, () => HttpResponse.json({ name: 'Odense' })));
    const controller = new AbortController();
    await expect(fetchJson(URL, Thing, { signal: controller.signal })).resolves.toEqual({
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
      await expect(fetchJson(URL, Thing)).resolves.toEqual({ name: 'Odense' });
      expect(vi.getTimerCount()).toBe(0);
      expect(fetchMock).toHaveBeenCalledWith(URL, {
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
      const request = fetchJson(URL, Thing).then(
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

describe('retries', () => {
  it.each<[string, ApiError, boolean]>([
    ['a 500', new ApiError('x', 'http', 500), true],
    ['a 599', new ApiError('x', 'http', 599), true],
    ['a 499', new ApiError('x', 'http', 499), false],
    ['a 404', new ApiError('x', 'http', 404), false],
    ['an HTTP error without a status', new ApiError('x', 'http'), false],
    ['a timeout', new ApiError('x', 'timeout'), true],
    ['a lost connection', new ApiError('x', 'network'), true],
    ['an answer that is not JSON', new ApiError('x', 'not-json'), false],
    ['an answer of the wrong shape', new ApiError('x', 'schema'), false],
  ])('treats %s as retryable: %s', (_, error, retryable) => {
    expect(error.retryable).toBe(retryable);
    expect(shouldRetry(0, error)).toBe(retryable);
  });

  it('tries a retryable error at most three times', () => {
    const error = new ApiError('x', 'network');
    expect([0, 1, 2, 3, 4].map((count) => shouldRetry(count, error))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('never retries errors that are not ApiErrors', () => {
    expect(shouldRetry(0, new Error('boom'))).toBe(false);
    expect(shouldRetry(0, { kind: 'network', retryable: true })).toBe(false);
  });
});

describe('apiUrl', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('resolves API paths under the app’s base path', () => {
    expect(apiUrl('locations.json')).toBe('/api/v1/locations.json');
    vi.stubEnv('BASE_URL', '/atlas/');
    expect(apiUrl('ecosystems/malta.json')).toBe('/atlas/api/v1/ecosystems/malta.json');
  });

  it('adds the slash a base path without one lacks', () => {
    vi.stubEnv('BASE_URL', '/atlas');
    expect(apiUrl('stats.json')).toBe('/atlas/api/v1/stats.json');
  });
});
