// What the API layer's tests share: a made-up document and its schema, the generated API's
// documents as MSW serves them, the error a request ends in, and a query's function run as
// React Query runs it.
import {
  QueryClient,
  type QueryFunction,
  type QueryKey,
  type SkipToken,
} from '@tanstack/react-query';
import { http } from 'msw';
import * as z from 'zod/mini';
import { API, apiDocument, serveApiFile } from '../../mocks/api-files';
import { server } from '../../mocks/node';
import { ApiError } from './client';

export const THING_URL = 'http://localhost/api/v1/thing.json';
export const Thing = z.object({ name: z.string() });

/** The ApiError a request ends in; fails the test if it succeeds or throws something else. */
export async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const caught = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (caught instanceof ApiError) return caught;
  throw new Error(`expected an ApiError, got ${String(caught)}`);
}

interface ListDocument {
  apiVersion: string;
  generatedAt: string;
  [key: string]: unknown;
}
export const ecosystemsDocument = apiDocument('ecosystems.json') as ListDocument & {
  ecosystems: Record<string, unknown>[];
};
export const locationsDocument = apiDocument('locations.json') as ListDocument & {
  locations: Record<string, unknown>[];
};
export const ECOSYSTEM_ID = 'basque-health-ecosystem';

/** Serves the changes documents, which the shared handlers do not. */
export function serveChanges() {
  server.use(
    http.get(`${API}/changes/latest.json`, () => serveApiFile('changes/latest.json')),
    http.get(`${API}/changes/ecosystems/:file`, ({ params }) =>
      serveApiFile(`changes/ecosystems/${String(params.file).replace(/[^\w.-]/g, '_')}`),
    ),
  );
}

export interface Options<T, K extends QueryKey> {
  queryKey: K;
  queryFn?: QueryFunction<T, K> | SkipToken;
}

/** Runs a query's function as React Query would, with the given signal. */
export async function run<T, K extends QueryKey>(
  options: Options<T, K>,
  signal = new AbortController().signal,
): Promise<T> {
  const { queryFn, queryKey } = options;
  if (typeof queryFn !== 'function') throw new Error('the query has no function');
  return queryFn({ client: new QueryClient(), queryKey, signal, meta: undefined });
}

/** Runs a query's function with a signal that is already cancelled, and returns what it threw. */
export async function runCancelled<T, K extends QueryKey>(
  options: Options<T, K>,
): Promise<unknown> {
  const controller = new AbortController();
  controller.abort();
  return run(options, controller.signal).then(
    () => 'resolved',
    (error: unknown) => error,
  );
}
