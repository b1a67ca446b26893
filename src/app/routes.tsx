// The route tree of the URL contract (see docs/api.md), built from the route table: each route's
// path, page and facts are written once, in route-table.ts. Pages load lazily so that each route
// downloads only what it shows: the map never pulls in charts, the dashboard never the map.
import {
  createRootRoute,
  createRoute,
  lazyRouteComponent,
  retainSearchParams,
} from '@tanstack/react-router';
import type { ComponentType } from 'react';
import { NotFound } from './not-found';
import { Layout } from './layout';
import { pageExport, ROUTE_TABLE, type RouteFacts } from './route-table';

export type RawSearch = Record<string, string | undefined>;

declare module '@tanstack/react-router' {
  interface StaticDataRouteOption {
    /** The route table's row for this route (the root has none). */
    facts?: RouteFacts;
  }
}

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

/** Each page module, loaded when its route is first shown (one chunk per page). */
const PAGES = import.meta.glob<Record<string, ComponentType>>('./pages/*-page.tsx');

function pageOf(facts: RouteFacts) {
  const load = PAGES[`./pages/${facts.page}.tsx`];
  if (!load)
    throw new Error(`The route ${facts.path} names a page that does not exist: ${facts.page}`);
  return lazyRouteComponent(load, pageExport(facts.page));
}

function routeOf<Path extends string>(facts: RouteFacts & { path: Path }) {
  return createRoute({
    getParentRoute: () => rootRoute,
    path: facts.path,
    validateSearch: rawSearch,
    staticData: { facts },
    component: pageOf(facts),
  });
}

/** One route per row, each typed with its own path, so links to a path no row has fail to compile. */
type TableRoutes<Rows extends readonly RouteFacts[]> = {
  -readonly [K in keyof Rows]: ReturnType<typeof routeOf<Rows[K]['path']>>;
};

// `map` returns an array and forgets which row is where; the mapped type says it again, row for
// row (a tuple of the same length, in the same order, which is what `map` returns at run time).
const tableRoutes = ROUTE_TABLE.map(routeOf) as unknown as TableRoutes<typeof ROUTE_TABLE>;

export const routeTree = rootRoute.addChildren(tableRoutes);
