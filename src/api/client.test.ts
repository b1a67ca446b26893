import { http, HttpResponse, delay } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { ApiError, apiUrl, fetchJson, shouldRetry } from './client';
import { THING_URL, Thing, failure } from './test-data';

describe('fetchJson', () => {
  it('returns parsed data for a JSON answer of the right shape', async () => {
    server.use(http.get(THING_URL, () => HttpResponse.json({ name: 'Odense' })));
    await expect(fetchJson(THING_URL, Thing)).resolves.toEqual({ name: 'Odense' });
  });

  it('rejects HTML served with status 200', async () => {
    server.use(http.get(THING_URL, () => HttpResponse.html('<!doctype html><p>index</p>')));
    const error = await failure(fetchJson(THING_URL, Thing));
    expect(error.kind).toBe('not-json');
    expect(error.retryable).toBe(false);
  });

  it.each([404, 500, 503])('rejects a %i answer', async (status) => {
    server.use(http.get(THING_URL, () => HttpResponse.json({ name: 'x' }, { status })));
    const error = await failure(fetchJson(THING_URL, Thing));
    expect(error).toMatchObject({ kind: 'http', status });
    expect(error.retryable).toBe(status >= 500);
  });

  it('times out when no answer comes', async () => {
    server.use(
      http.get(THING_URL, async () => {
        await delay('infinite');
        return HttpResponse.json({ name: 'late' });
      }),
    );
    const error = await failure(fetchJson(THING_URL, Thing, { timeoutMs: 50 }));
    expect(error.kind).toBe('timeout');
    expect(error.retryable).toBe(true);
  });

  it('rejects malformed JSON', async () => {
    server.use(
      http.get(
        THING_URL,
        () => new HttpResponse('{"name":', { headers: { 'Content-Type': 'application/json' } }),
      ),
    );
    expect((await failure(fetchJson(THING_URL, Thing))).kind).toBe('not-json');
  });

  it('rejects JSON of the wrong shape and never retries it', async () => {
    server.use(http.get(THING_URL, () => HttpResponse.json({ name: 42 })));
    const error = await failure(fetchJson(THING_URL, Thing));
    expect(error.kind).toBe('schema');
    expect(error.message).toMatch(/name/);
    expect(shouldRetry(0, error)).toBe(false);
  });

  it('reports a network error as retryable', async () => {
    server.use(http.get(THING_URL, () => HttpResponse.error()));
    const error = await failure(fetchJson(THING_URL, Thing));
    expect(error.kind).toBe('network');
    expect(shouldRetry(0, error)).toBe(true);
    expect(shouldRetry(3, error)).toBe(false);
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
