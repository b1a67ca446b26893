// The bytes each route downloads, with the app and the reference map app served side by side:
// `/` on a phone before the first touch and once touched, the dashboard, the presenter, an
// ecosystem page, and the reference app's page (the floor).
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { PHONE, routeBytes } from './measure';
import { chartsReady, headingReady, mapReady, markReady, webGlReady } from './page-ready';
import type { Results } from './results';
import { DIST, OUT } from './run-options';
import { serve } from './serve';

export async function measureRoutes(browser: Browser): Promise<NonNullable<Results['routes']>> {
  const app = await serve({ root: DIST, port: 4301 });
  const reference = await serve({ root: path.join(OUT, 'reference'), port: 4302 });
  const routes = {
    map: await routeBytes(browser, 'http://127.0.0.1:4301', '/', DIST, mapReady, PHONE),
    mapTouched: await routeBytes(browser, 'http://127.0.0.1:4301', '/', DIST, webGlReady),
    dashboard: await routeBytes(browser, 'http://127.0.0.1:4301', '/dashboard', DIST, chartsReady),
    present: await routeBytes(browser, 'http://127.0.0.1:4301', '/present', DIST, headingReady),
    ecosystem: await routeBytes(
      browser,
      'http://127.0.0.1:4301',
      '/ecosystems/south-denmark-ehealth-ecosystem',
      DIST,
      headingReady,
    ),
    reference: await routeBytes(
      browser,
      'http://127.0.0.1:4302',
      '/',
      path.join(OUT, 'reference'),
      markReady,
      PHONE,
    ),
  };
  app.close();
  reference.close();
  return routes;
}
