// What the fault tests (faults*.test.tsx) share: answers the server gives, the app with its
// own retries, and what a visitor sees of a failure.
import { render, screen, within } from '@testing-library/react';
import { createMemoryHistory } from '@tanstack/react-router';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { apiDocument } from '../mocks/api-files';
import { server } from '../mocks/node';
import type { EcosystemsDocument, EcosystemSummary } from '../src/api/documents';
import { createQueryClient } from '../src/api/query-client';
import { App } from '../src/app/app';
import { createAppRouter } from '../src/app/router';
import { testI18n } from './test-utils';

export const real = apiDocument('ecosystems.json') as EcosystemsDocument;
export const first = real.ecosystems[0] as EcosystemSummary;
export const ECOSYSTEMS_URL = '*/api/v1/ecosystems.json';

export function serveEcosystems(ecosystems: unknown[]) {
  server.use(http.get(ECOSYSTEMS_URL, () => HttpResponse.json({ ...real, ecosystems })));
}
export function serveBody(body: string, init: { status?: number; type?: string } = {}) {
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
export function failFirst(failures: number, status: number): number[] {
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
export function renderWithRetries(url: string) {
  const router = createAppRouter({ history: createMemoryHistory({ initialEntries: [url] }) });
  render(<App router={router} queryClient={createQueryClient()} i18n={testI18n('en')} />);
}
export const items = () =>
  within(screen.getByRole('list', { name: 'Ecosystems' })).getAllByRole('listitem');
export const recordNotice = () => screen.findByText(/could not be shown because/);

export async function expectRegionError(message: RegExp) {
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent(message);
  expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  // The rest of the page (header, navigation) still works.
  expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
}

/** Keeps the expected console noise out of the output, and real timers after each test. */
export function quietFaults(): void {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}
