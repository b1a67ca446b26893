// @vitest-environment jsdom
// The app's own query client retries server trouble with backoff and gives up on a hang after
// 10 s: checked with fake timers through the real client, not by calling the policy alone.
import { delay, http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { API, serveApiFile } from '../mocks/api-files';
import { server } from '../mocks/node';
import { ApiError } from '../src/api/client';
import { ecosystemsQuery } from '../src/api/ecosystems';
import { createQueryClient } from '../src/api/query-client';

let requests = 0;
/** Answers ecosystems.json with `status` for the first `failures` requests, then the file. */
function failFirst(failures: number, status: number) {
  server.use(
    http.get(`${API}/ecosystems.json`, () => {
      requests += 1;
      return requests <= failures
        ? new HttpResponse('trouble', { status })
        : serveApiFile('ecosystems.json');
    }),
  );
}

/** Moves the clock, then lets pending requests and promises run without moving it further. */
async function advance(ms: number) {
  await vi.advanceTimersByTimeAsync(ms);
  for (let i = 0; i < 20; i += 1) await new Promise<void>((resolve) => queueMicrotask(resolve));
  await vi.advanceTimersByTimeAsync(0);
}

beforeEach(() => {
  requests = 0;
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the app’s query client', () => {
  it('retries a 503 after 1 s, then 2 s, and succeeds', async () => {
    failFirst(2, 503);
    const result = createQueryClient().query(ecosystemsQuery());
    await advance(0);
    expect(requests).toBe(1);
    await advance(990);
    expect(requests).toBe(1);
    await advance(20);
    expect(requests).toBe(2);
    await advance(1980);
    expect(requests).toBe(2);
    await advance(30);
    expect(requests).toBe(3);
    const data = await result;
    expect(data.ecosystems.length).toBeGreaterThan(0);
  });

  it('gives up after three retries and reports the status', async () => {
    failFirst(99, 502);
    const result = createQueryClient()
      .query(ecosystemsQuery())
      .catch((error: unknown) => error);
    await advance(1000 + 2000 + 4000 + 100);
    const error = await result;
    expect(requests).toBe(4);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(502);
  });

  it('never retries a 404', async () => {
    failFirst(99, 404);
    const error = await createQueryClient()
      .query(ecosystemsQuery())
      .catch((cause: unknown) => cause);
    await advance(10_000);
    expect(requests).toBe(1);
    expect((error as ApiError).status).toBe(404);
  });

  it('gives up on a hang after 10 s, then asks again a second later', async () => {
    server.use(
      http.get(`${API}/ecosystems.json`, async () => {
        requests += 1;
        await delay('infinite');
        return new HttpResponse(null);
      }),
    );
    const client = createQueryClient();
    void client.query(ecosystemsQuery()).catch(() => undefined);
    await advance(0);
    expect(requests).toBe(1);
    await advance(9_900);
    expect(requests).toBe(1);
    expect(client.getQueryState(ecosystemsQuery().queryKey)?.fetchFailureCount).toBe(0);
    await advance(200);
    expect(client.getQueryState(ecosystemsQuery().queryKey)?.fetchFailureCount).toBe(1);
    const reason = client.getQueryState(ecosystemsQuery().queryKey)?.fetchFailureReason;
    expect((reason as ApiError).kind).toBe('timeout');
    await advance(1_000);
    expect(requests).toBe(2);
  });
});
