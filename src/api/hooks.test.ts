// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { createElement, Suspense, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { apiDocument } from '../../mocks/api-files';
import { feedUrl, useChanges, useEcosystemChanges } from './changes';
import { useEcosystem, useEcosystems } from './ecosystems';
import { useEvents } from './events';
import { useLocations } from './locations';
import { createQueryClient } from './query-client';
import { useStats } from './stats';
import { ECOSYSTEM_ID, ecosystemsDocument, locationsDocument, serveChanges } from './test-data';

describe('feed addresses', () => {
  it('points at the Atom feeds under the API', () => {
    expect(feedUrl.atlas()).toBe('/api/v1/feeds/atlas.atom');
    expect(feedUrl.gatherings()).toBe('/api/v1/feeds/gatherings.atom');
    expect(feedUrl.ecosystem('malta')).toBe('/api/v1/feeds/ecosystems/malta.atom');
  });

  it('writes an id that is not a plain slug as one path segment', () => {
    expect(feedUrl.ecosystem('a/../b?c')).toBe('/api/v1/feeds/ecosystems/a%2F..%2Fb%3Fc.atom');
  });
});

describe('the hooks', () => {
  function wrapper({ children }: { children: ReactNode }) {
    return createElement(
      QueryClientProvider,
      { client: createQueryClient({ retry: false }) },
      createElement(Suspense, { fallback: null }, children),
    );
  }

  it('give a component each document’s data once it has loaded', async () => {
    serveChanges();
    const { result } = renderHook(
      () => ({
        ecosystems: useEcosystems(),
        ecosystem: useEcosystem(ECOSYSTEM_ID),
        locations: useLocations(),
        stats: useStats(),
        events: useEvents(),
        changes: useChanges(),
        ecosystemChanges: useEcosystemChanges(ECOSYSTEM_ID),
      }),
      { wrapper },
    );
    await waitFor(() => {
      expect(result.current).not.toBeNull();
    });
    expect(result.current).toEqual({
      ecosystems: {
        generatedAt: ecosystemsDocument.generatedAt,
        ecosystems: ecosystemsDocument.ecosystems,
        rejected: 0,
      },
      ecosystem: apiDocument(`ecosystems/${ECOSYSTEM_ID}.json`),
      locations: {
        generatedAt: locationsDocument.generatedAt,
        locations: locationsDocument.locations,
        rejected: 0,
      },
      stats: apiDocument('stats.json'),
      events: apiDocument('events.json'),
      changes: apiDocument('changes/latest.json'),
      ecosystemChanges: apiDocument(`changes/ecosystems/${ECOSYSTEM_ID}.json`),
    });
  });
});
