import { createMemoryHistory, type AnyRoute } from '@tanstack/react-router';
import { describe, expect, it } from 'vitest';
import { pageExport, ROUTE_TABLE, staticPaths, routeOf } from './route-table';
import { createAppRouter } from './router';
import { routeTree } from './routes';

describe('the route table', () => {
  it('lists every page the build prerenders, one per ecosystem and per chart', () => {
    expect(staticPaths({ ecosystems: ['basque', 'oulu'], charts: ['growth'] })).toEqual([
      '/',
      '/dashboard',
      '/present',
      '/events',
      '/about',
      '/compare',
      '/changes',
      '/embed',
      '/embed/chart/growth',
      '/ecosystems/basque',
      '/ecosystems/oulu',
    ]);
  });

  it('finds the route of a path, with its parameter', () => {
    const ecosystem = routeOf('/ecosystems/basque');
    expect(ecosystem?.route.path).toBe('/ecosystems/$id');
    expect(ecosystem?.route.documents).toContain('ecosystem');
    expect(ecosystem?.param).toBe('basque');
    expect(routeOf('/dashboard')?.route.documents).toContain('stats');
    expect(routeOf('/embed/chart/growth')?.route).toMatchObject({ framed: true, indexed: false });
    expect(routeOf('/ecosystems/a/b')).toBeUndefined();
    expect(routeOf('/404')).toBeUndefined();
  });

  it('lets only the embeds be framed, and keeps them and the presenter out of search', () => {
    const paths = staticPaths({ ecosystems: ['x'], charts: ['growth'] });
    const framed = paths.filter((path) => routeOf(path)?.route.framed);
    const unindexed = paths.filter((path) => !routeOf(path)?.route.indexed);
    expect(framed).toEqual(['/embed', '/embed/chart/growth']);
    expect(unindexed).toEqual(['/present', '/embed', '/embed/chart/growth']);
  });
});

describe('the router built from the table', () => {
  it('has one route per row, which matches the row’s paths and carries the row', () => {
    const children: readonly AnyRoute[] = Object.values(routeTree.children ?? {});
    expect(children.map((route) => route.options.staticData?.facts)).toEqual(ROUTE_TABLE);
    const router = createAppRouter({ history: createMemoryHistory() });
    for (const path of staticPaths({ ecosystems: ['basque'], charts: ['growth'] })) {
      const shown = router.matchRoutes(path).at(-1)?.staticData.facts;
      expect(shown, path).toBe(routeOf(path)?.route);
    }
    expect(router.matchRoutes('/nowhere').at(-1)?.staticData.facts).toBeUndefined();
  });

  it('loads each page from its own module, by the export its name gives', async () => {
    for (const row of ROUTE_TABLE) {
      // A path the test builds, so the module's type is unknown until it is read.
      const module = (await import(`./pages/${row.page}.tsx`)) as Record<string, unknown>;
      expect(typeof module[pageExport(row.page)], row.page).toBe('function');
    }
    expect(pageExport('chart-embed-page')).toBe('ChartEmbedPage');
  });

  it('draws the presenter and the embeds without the site around them', () => {
    const chromeless = ROUTE_TABLE.filter((row) => row.chromeless).map((row) => row.path);
    expect(chromeless).toEqual(['/present', '/embed', '/embed/chart/$name']);
  });
});
