import { http, HttpResponse, delay } from 'msw';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { fetchJson } from './client';
import { THING_URL, Thing, failure } from './test-data';

/** Serves `body` with exactly the headers given (no Content-Type unless named). */
function answer(body: string, headers: Record<string, string> = {}, status = 200) {
  server.use(
    http.get(
      THING_URL,
      () => new HttpResponse(new TextEncoder().encode(body), { status, headers }),
    ),
  );
}

describe('fetchJson: what the user is told', () => {
  it('names the error ApiError and gives the status of an HTTP error', async () => {
    answer('{"name":"x"}', { 'Content-Type': 'application/json' }, 404);
    const error = await failure(fetchJson(THING_URL, Thing));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ApiError');
    expect(error.message).toBe('The server answered 404');
    expect(error).toMatchObject({ kind: 'http', status: 404 });
  });

  it('asks for JSON', async () => {
    let accept: string | null = null;
    server.use(
      http.get(THING_URL, ({ request }) => {
        accept = request.headers.get('accept');
        return HttpResponse.json({ name: 'Odense' });
      }),
    );
    await fetchJson(THING_URL, Thing);
    expect(accept).toBe('application/json');
  });

  it('says which content type came instead of JSON', async () => {
    server.use(http.get(THING_URL, () => HttpResponse.html('{"name":"looks like JSON"}')));
    const error = await failure(fetchJson(THING_URL, Thing));
    expect(error.message).toBe('Expected JSON but got text/html');
    expect(error.kind).toBe('not-json');
    expect(error.status).toBeUndefined();
  });

  it('says when the answer has no content type at all', async () => {
    answer('{"name":"x"}');
    const error = await failure(fetchJson(THING_URL, Thing));
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
    await expect(fetchJson(THING_URL, Thing)).resolves.toEqual({ name: 'Odense' });
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
    const error = await failure(fetchJson(THING_URL, Thing));
    expect(error.message).toBe(`Expected JSON but got ${type}`);
    expect(error.kind).toBe('not-json');
  });

  it('says when JSON is broken', async () => {
    answer('{"name":', { 'Content-Type': 'application/json' });
    const error = await failure(fetchJson(THING_URL, Thing));
    expect(error.message).toBe('The answer is not valid JSON');
    expect(error.retryable).toBe(false);
  });

  it('names the path of the first wrong field', async () => {
    const Nested = z.object({ city: z.object({ name: z.string(), size: z.number() }) });
    server.use(http.get(THING_URL, () => HttpResponse.json({ city: { name: 42, size: 'x' } })));
    const error = await failure(fetchJson(THING_URL, Nested));
    expect(error.message).toBe('The answer has an unexpected shape at city.name');
    expect(error.kind).toBe('schema');
  });

  it('names no path when the whole answer has the wrong shape', async () => {
    server.use(http.get(THING_URL, () => HttpResponse.json(['not', 'an', 'object'])));
    const error = await failure(fetchJson(THING_URL, Thing));
    expect(error.message).toBe('The answer has an unexpected shape');
    expect(error.kind).toBe('schema');
  });

  it('says how long it waited before giving up', async () => {
    server.use(
      http.get(THING_URL, async () => {
        await delay('infinite');
        return HttpResponse.json({ name: 'late' });
      }),
    );
    const error = await failure(fetchJson(THING_URL, Thing, { timeoutMs: 100 }));
    expect(error.message).toBe('No answer within 0.1 s');
    expect(error.kind).toBe('timeout');
  });

  it('says the network is unreachable when the connection fails', async () => {
    server.use(http.get(THING_URL, () => HttpResponse.error()));
    const error = await failure(fetchJson(THING_URL, Thing));
    expect(error.message).toBe('The network is unreachable');
    expect(error.status).toBeUndefined();
  });
});
