import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// The browser tests of what a host sends (and the pages without JavaScript), against Debian's
// nginx serving the build with exactly deploy/nginx.conf (scripts/serve-nginx.sh).
// E2E_DIST picks the build folder, E2E_PORT the port.
const PORT = Number(process.env.E2E_PORT ?? 4174);
const DIST = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  ...base,
  testMatch: ['host.spec.ts', 'prerender.spec.ts'],
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: 'reports/e2e-nginx.json' }]]
    : 'list',
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}` },
  webServer: {
    command: `scripts/serve-nginx.sh ${DIST} ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
