// Reads the generated static API (public/api/v1) so that tests serve the same bytes as
// production. `npm test` runs build:api first.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HttpResponse } from 'msw';

const API_DIR = path.resolve(import.meta.dirname, '../public/api/v1');

const cache = new Map<string, string | null>();

export function readApiFile(name: string): string | null {
  if (!cache.has(name)) {
    try {
      cache.set(name, readFileSync(path.join(API_DIR, name), 'utf8'));
    } catch {
      cache.set(name, null);
    }
  }
  return cache.get(name) ?? null;
}

/** Parsed copy of a generated document, for tests that derive expectations from it. */
export function apiDocument(name: string): unknown {
  const text = readApiFile(name);
  if (text === null) throw new Error(`public/api/v1/${name} is missing: run npm run build:api`);
  return JSON.parse(text) as unknown;
}

export function serveApiFile(name: string): Response {
  const text = readApiFile(name);
  if (text === null) return HttpResponse.json({ error: 'not found' }, { status: 404 });
  return new HttpResponse(text, { headers: { 'Content-Type': 'application/json' } });
}

/** Matches the API under any origin and base path. */
export const API = '*/api/v1';
