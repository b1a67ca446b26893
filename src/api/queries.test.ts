// @vitest-environment jsdom
// The query options of each API document: their keys, what their query functions fetch (the
// generated files under public/api/v1, served by MSW) and return (the hooks: hooks.test.ts; a cancelled query:
// queries-cancel.test.ts).
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { API, apiDocument } from '../../mocks/api-files';
import { server } from '../../mocks/node';
import { changesQuery, ecosystemChangesQuery } from './changes';
import { ecosystemQuery, ecosystemsQuery } from './ecosystems';
import { eventsQuery } from './events';
import { locationsQuery } from './locations';
import { statsQuery } from './stats';
import {
  ECOSYSTEM_ID,
  ecosystemsDocument,
  failure,
  locationsDocument,
  run,
  serveChanges,
} from './test-data';

afterEach(() => {
  server.events.removeAllListeners();
});

/** The paths the app asked for, as the server saw them. */
function recordPaths(): string[] {
  const paths: string[] = [];
  server.events.on('request:start', ({ request }) => {
    paths.push(new URL(request.url).pathname);
  });
  return paths;
}

describe('query keys', () => {
  it('gives each document a key of its own', () => {
    expect(ecosystemsQuery().queryKey).toEqual(['ecosystems']);
    expect(ecosystemQuery('malta').queryKey).toEqual(['ecosystems', 'malta']);
    expect(locationsQuery().queryKey).toEqual(['locations']);
    expect(statsQuery().queryKey).toEqual(['stats']);
    expect(eventsQuery().queryKey).toEqual(['events']);
    expect(changesQuery().queryKey).toEqual(['changes', 'latest']);
    expect(ecosystemChangesQuery('malta').queryKey).toEqual(['changes', 'ecosystem', 'malta']);
  });
});

describe('what each query fetches', () => {
  it('reads the ecosystems list, with no record rejected', async () => {
    const paths = recordPaths();
    await expect(run(ecosystemsQuery())).resolves.toEqual({
      generatedAt: ecosystemsDocument.generatedAt,
      ecosystems: ecosystemsDocument.ecosystems,
      rejected: 0,
    });
    expect(paths).toEqual(['/api/v1/ecosystems.json']);
  });

  it('skips a broken ecosystem and a repeated one, and counts both', async () => {
    const [first, second] = ecosystemsDocument.ecosystems;
    server.use(
      http.get(`${API}/ecosystems.json`, () =>
        HttpResponse.json({
          ...ecosystemsDocument,
          ecosystems: [first, { ...second, coordinates: 'nowhere' }, second, first],
        }),
      ),
    );
    await expect(run(ecosystemsQuery())).resolves.toEqual({
      generatedAt: ecosystemsDocument.generatedAt,
      ecosystems: [first, second],
      rejected: 2,
    });
  });

  it('fails the whole ecosystems list when its envelope is wrong', async () => {
    server.use(
      http.get(`${API}/ecosystems.json`, () =>
        HttpResponse.json({ ...ecosystemsDocument, apiVersion: 'v0' }),
      ),
    );
    const error = await failure(run(ecosystemsQuery()));
    expect(error.message).toBe('The answer has an unexpected shape at apiVersion');
    expect(error.kind).toBe('schema');
  });

  it('reads one ecosystem by its id', async () => {
    const paths = recordPaths();
    await expect(run(ecosystemQuery(ECOSYSTEM_ID))).resolves.toEqual(
      apiDocument(`ecosystems/${ECOSYSTEM_ID}.json`),
    );
    expect(paths).toEqual([`/api/v1/ecosystems/${ECOSYSTEM_ID}.json`]);
  });

  it('escapes an ecosystem id in its address', async () => {
    const paths = recordPaths();
    const error = await failure(run(ecosystemQuery('a b/../c')));
    expect(paths).toEqual(['/api/v1/ecosystems/a%20b%2F..%2Fc.json']);
    expect(error).toMatchObject({ kind: 'http', status: 404 });
  });

  it('reads the locations list, with no record rejected', async () => {
    const paths = recordPaths();
    await expect(run(locationsQuery())).resolves.toEqual({
      generatedAt: locationsDocument.generatedAt,
      locations: locationsDocument.locations,
      rejected: 0,
    });
    expect(paths).toEqual(['/api/v1/locations.json']);
  });

  it('skips a broken location and a repeated one, and counts both', async () => {
    const [first, second] = locationsDocument.locations;
    server.use(
      http.get(`${API}/locations.json`, () =>
        HttpResponse.json({
          ...locationsDocument,
          locations: [{ ...first, radiusKm: -1 }, first, second, second],
        }),
      ),
    );
    await expect(run(locationsQuery())).resolves.toEqual({
      generatedAt: locationsDocument.generatedAt,
      locations: [first, second],
      rejected: 2,
    });
  });

  it('reads the stats and the events documents', async () => {
    const paths = recordPaths();
    await expect(run(statsQuery())).resolves.toEqual(apiDocument('stats.json'));
    await expect(run(eventsQuery())).resolves.toEqual(apiDocument('events.json'));
    expect(paths).toEqual(['/api/v1/stats.json', '/api/v1/events.json']);
  });

  it('reads the latest changes and one ecosystem’s changes', async () => {
    serveChanges();
    const paths = recordPaths();
    await expect(run(changesQuery())).resolves.toEqual(apiDocument('changes/latest.json'));
    await expect(run(ecosystemChangesQuery(ECOSYSTEM_ID))).resolves.toEqual(
      apiDocument(`changes/ecosystems/${ECOSYSTEM_ID}.json`),
    );
    expect(paths).toEqual([
      '/api/v1/changes/latest.json',
      `/api/v1/changes/ecosystems/${ECOSYSTEM_ID}.json`,
    ]);
  });

  it('reports a missing document as the server’s 404', async () => {
    server.use(
      http.get(`${API}/stats.json`, () => HttpResponse.json({ error: 'gone' }, { status: 404 })),
    );
    const error = await failure(run(statsQuery()));
    expect(error.message).toBe('The server answered 404');
  });
});
