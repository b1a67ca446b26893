import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { ROUTE_TABLE, staticPaths, routeOf } from './route-table';

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

describe('each route’s page module', () => {
  it('is the module the router loads for that path', () => {
    const router = readFileSync('src/app/routes.tsx', 'utf8');
    for (const route of ROUTE_TABLE) {
      expect(existsSync(`src/app/pages/${route.page}.tsx`), route.path).toBe(true);
      const block = new RegExp(
        `path: '${route.path.replace('$', '\\$')}',[\\s\\S]*?import\\('\\./pages/([a-z-]+)'\\)`,
      ).exec(router);
      expect(block?.[1], route.path).toBe(route.page);
    }
  });
});
