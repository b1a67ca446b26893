// @vitest-environment jsdom
// Every API query stops fetching when React Query cancels it, and says so as an abort, not as
// an error of the server's.
import type { QueryKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { changesQuery, ecosystemChangesQuery } from './changes';
import { ApiError } from './client';
import { ecosystemQuery, ecosystemsQuery } from './ecosystems';
import { eventsQuery } from './events';
import { locationsQuery } from './locations';
import { statsQuery } from './stats';
import { ECOSYSTEM_ID, runCancelled, serveChanges, type Options } from './test-data';

describe('a cancelled query', () => {
  it.each([
    ['ecosystems', ecosystemsQuery()],
    ['one ecosystem', ecosystemQuery(ECOSYSTEM_ID)],
    ['locations', locationsQuery()],
    ['stats', statsQuery()],
    ['events', eventsQuery()],
    ['changes', changesQuery()],
    ['one ecosystem’s changes', ecosystemChangesQuery(ECOSYSTEM_ID)],
  ] as const)('stops fetching %s when React Query cancels the query', async (_, options) => {
    serveChanges();
    const caught = await runCancelled(options as Options<unknown, QueryKey>);
    expect(caught).not.toBeInstanceOf(ApiError);
    expect(caught).toMatchObject({ name: 'AbortError' });
  });
});
