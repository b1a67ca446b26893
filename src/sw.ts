/// <reference lib="webworker" />
// The service worker, built by vite-plugin-pwa (injectManifest) in production builds only.
//
// - App shell (JS, CSS, shell.html, the basemap, icons, both catalogue chunks): precached from
//   the build's manifest, so every route runs offline after one visit; a new build brings a new
//   worker, which waits until the visitor accepts the "new version" prompt (src/app/pwa.tsx).
// - API documents (api/v1/*.json, api/v1/ecosystems/*.json): network first with a short
//   timeout, so an online visit always shows the newest data; the cache answers offline. The
//   build's list of documents is fetched into that cache on install, so every ecosystem's page
//   works offline even if it was never opened.
// - Pages (navigations): network first, because prerendered HTML (a folder per page,
//   dashboard/index.html, da/dashboard/index.html) is written after the build and is not in the
//   manifest; offline, the cached copy of that URL, else the precached shell.html, from which
//   the app renders the route in the browser, in the language its path names (/da/...). A
//   not-found answer (404.html, status 404) is shown but never cached.
import { ExpirationPlugin } from 'workbox-expiration';
import {
  cleanupOutdatedCaches,
  matchPrecache,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (PrecacheEntry | string)[];
};

/** The app's base path (`/` or e.g. `/atlas/`): the worker sits at its root. */
const BASE = new URL('./', self.location.href).pathname;
const API = `${BASE}api/`;
/** The app without prerendered content (index.html holds the explorer's). */
const SHELL = 'shell.html';

const manifest = self.__WB_MANIFEST.map((entry) =>
  typeof entry === 'string' ? { url: entry, revision: null } : entry,
);
const isApi = (url: string) => new URL(url, self.location.href).pathname.startsWith(API);
/** The basemap's finer shapes (1:50m, 1:10m): cached once zoomed to, never on install. */
const DETAIL = `${BASE}basemap/detail/`;
const isDetail = (url: string) => new URL(url, self.location.href).pathname.startsWith(DETAIL);

/** Data: the newest answer when the network gives one within 3 s, the cached one otherwise. */
const api = new NetworkFirst({
  cacheName: 'atlas-api',
  networkTimeoutSeconds: 3,
  matchOptions: { ignoreVary: true },
});

/** Pages as the server sent them, for the URLs visited with this worker in place. */
const pages = new NetworkFirst({
  cacheName: 'atlas-pages',
  networkTimeoutSeconds: 3,
  plugins: [new ExpirationPlugin({ maxEntries: 100 })],
});

// Navigations first: the precache route would otherwise answer "/" from its index.html.
registerRoute(
  new NavigationRoute(
    async (options) => {
      try {
        return await pages.handle(options);
      } catch {
        return (await matchPrecache(SHELL)) ?? Response.error();
      }
    },
    { denylist: [new RegExp(`^${API.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)] },
  ),
);
registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.startsWith(API),
  api,
);
// Natural Earth's shapes change only with the world-atlas package: the first copy is kept.
registerRoute(
  ({ url }) => url.origin === self.location.origin && isDetail(url.href),
  new CacheFirst({
    cacheName: 'atlas-basemap-detail',
    plugins: [new ExpirationPlugin({ maxEntries: 4 })],
  }),
);

precacheAndRoute(manifest.filter((entry) => !isApi(entry.url) && !isDetail(entry.url)));
cleanupOutdatedCaches();

// Every document the build knows of goes into the data cache before the worker takes over
// (as workbox-recipes' warmStrategyCache does): if one fails, the install fails and is tried
// again on the next visit, so an installed worker always has them all.
self.addEventListener('install', (event) => {
  const documents = manifest
    .filter((entry) => isApi(entry.url))
    .map((entry) => {
      const [response, done] = api.handleAll({
        event,
        request: new Request(new URL(entry.url, self.location.href)),
      });
      return Promise.all([response, done]);
    });
  event.waitUntil(Promise.all(documents));
});

// The "new version" prompt's Reload button (workbox-window's messageSkipWaiting).
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
