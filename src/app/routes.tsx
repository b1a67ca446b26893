// The route tree of the URL contract (see README). Pages load lazily so that each route
// downloads only what it shows: the map never pulls in charts, the dashboard never the map.
import {
  createRootRoute,
  createRoute,
  lazyRouteComponent,
  retainSearchParams,
} from '@tanstack/react-router';
import { NotFound } from './not-found';
import { Layout } from './layout';

export type RawSearch = Record<string, string | undefined>;

/** Keeps only string values, capped in length; routes parse them further. */
export function rawSearch(search: Record<string, unknown>): RawSearch {
  const result: RawSearch = {};
  for (const [key, value] of Object.entries(search)) {
    if (typeof value === 'string' && value.length <= 500) result[key] = value;
  }
  return result;
}

const rootRoute = createRootRoute({
  validateSearch: rawSearch,
  // Every link keeps the interface language and the ecosystems chosen for comparison (a link
  // that sets `compare` itself, such as the tray's "Compare", decides for itself).
  search: { middlewares: [retainSearchParams(['lang', 'compare'])] },
  component: Layout,
  notFoundComponent: () => <NotFound />,
});

const explorerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: rawSearch,
  component: lazyRouteComponent(() => import('./pages/explorer-page'), 'ExplorerPage'),
});

const ecosystemRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/ecosystems/$id',
  validateSearch: rawSearch,
  component: lazyRouteComponent(() => import('./pages/ecosystem-page'), 'EcosystemPage'),
});

const dashboardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/dashboard',
  validateSearch: rawSearch,
  component: lazyRouteComponent(() => import('./pages/dashboard-page'), 'DashboardPage'),
});

const presentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/present',
  validateSearch: rawSearch,
  component: lazyRouteComponent(() => import('./pages/present-page'), 'PresentPage'),
});

const embedRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/embed',
  validateSearch: rawSearch,
  component: lazyRouteComponent(() => import('./pages/embed-page'), 'EmbedPage'),
});

const chartEmbedRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/embed/chart/$name',
  validateSearch: rawSearch,
  component: lazyRouteComponent(() => import('./pages/chart-embed-page'), 'ChartEmbedPage'),
});

const aboutRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/about',
  component: lazyRouteComponent(() => import('./pages/about-page'), 'AboutPage'),
});

const eventsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/events',
  validateSearch: rawSearch,
  component: lazyRouteComponent(() => import('./pages/events-page'), 'EventsPage'),
});

const compareRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/compare',
  validateSearch: rawSearch,
  component: lazyRouteComponent(() => import('./pages/compare-page'), 'ComparePage'),
});

const changesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/changes',
  component: lazyRouteComponent(() => import('./pages/changes-page'), 'ChangesPage'),
});

export const routeTree = rootRoute.addChildren([
  explorerRoute,
  ecosystemRoute,
  dashboardRoute,
  presentRoute,
  embedRoute,
  chartEmbedRoute,
  aboutRoute,
  eventsRoute,
  compareRoute,
  changesRoute,
]);
