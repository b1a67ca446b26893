// Renders one page to HTML at build time (scripts/prerender.ts runs it for every route and
// language, at the language's path: `/da/dashboard`). The same app, router and queries as in
// the browser, with the API's documents read from disk, so the HTML shows what the page shows
// and the browser can hydrate it.
import { dehydrate, type QueryClient } from '@tanstack/react-query';
import { createMemoryHistory } from '@tanstack/react-router';
import { renderToString } from 'react-dom/server';
import { changesQuery, ecosystemChangesQuery } from './api/changes';
import { eventsQuery } from './api/events';
import { ecosystemQuery, ecosystemsQuery } from './api/ecosystems';
import { locationsQuery } from './api/locations';
import { createQueryClient } from './api/query-client';
import { statsQuery } from './api/stats';
import { App } from './app/app';
import { routeOf, type DocumentName } from './app/route-table';
import { createAppRouter } from './app/router';
import { createI18n, loadCatalogue } from './i18n/i18n';
import { localizedPath } from './i18n/language-path';
import { LANGUAGES } from './i18n/languages';
import { takePrerenderedTitle } from './ui/page-title';

export interface PrerenderedPage {
  /** The app's markup, for <div id="root">. */
  html: string;
  /** The queries the page read, for the browser to hydrate with the same data. */
  state: string;
  title: string;
}

/** Reads the documents the route table says a page needs before it can show its content. */
async function prefetch(client: QueryClient, path: string): Promise<void> {
  const found = routeOf(path);
  const id = found?.param ?? '';
  const queries: Record<DocumentName, () => Promise<unknown>> = {
    locations: () => client.query(locationsQuery()),
    ecosystems: () => client.query(ecosystemsQuery()),
    stats: () => client.query(statsQuery()),
    events: () => client.query(eventsQuery()),
    changes: () => client.query(changesQuery()),
    ecosystem: () => client.query(ecosystemQuery(id)),
    ecosystemChanges: () => client.query(ecosystemChangesQuery(id)),
  };
  // An address outside the table (the not-found page) reads what every page reads.
  const documents = found?.route.documents ?? (['locations', 'ecosystems'] as const);
  await Promise.all(documents.map((name) => queries[name]()));
}

/** The interface languages (one per catalogue file): each route is prerendered in each. */
export { LANGUAGES };

/** The dashboard's charts: each has its embed page, /embed/chart/<name>. */
export { CHART_NAMES } from './features/dashboard/charts';

/** A language's catalogue, for the page heads' words (title suffixes, descriptions). */
export const catalogue = (language: string): Promise<Record<string, unknown>> =>
  loadCatalogue(language);

/**
 * `fetchJson` reads the API with fetch(); at build time the caller supplies a fetch that
 * answers from dist/api/v1.
 */
export async function renderPage(path: string, language: string): Promise<PrerenderedPage> {
  const queryClient = createQueryClient({ retry: false });
  await prefetch(queryClient, path);
  const i18n = await createI18n(language);
  const history = createMemoryHistory({
    initialEntries: [localizedPath(path, language, import.meta.env.BASE_URL)],
  });
  const router = createAppRouter({ history, language });
  await router.load();
  takePrerenderedTitle();
  const html = renderToString(<App router={router} queryClient={queryClient} i18n={i18n} />);
  const state = JSON.stringify(dehydrate(queryClient));
  // Drops the queries and their garbage-collection timers, which would otherwise keep the
  // build process alive for the cache time after the last page.
  queryClient.clear();
  return { html, state, title: takePrerenderedTitle() ?? i18n.t('app.name') };
}
