import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/e2e/chromium';

// Runs against the production build (vite preview) in the system Chromium: Playwright cannot
// download its own browsers here. CHROME_PATH overrides the browser.
const PORT = Number(process.env.E2E_PORT ?? 4173);
// E2E_DIST serves another build folder (several builds can then be tested side by side).
const DIST = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // Tests, not files, are shared out between the workers: no test depends on another, and the
  // longest file (a11y.spec.ts) would otherwise run alone on one worker to the end.
  fullyParallel: true,
  // Both cores, in CI too: no test asserts a timing. (Three workers were slower here: the
  // browsers' renderers already keep both cores busy.)
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'reports/e2e.json' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1440, height: 900 },
    // The offline tests opt in; elsewhere a service worker could answer instead of page.route.
    serviceWorkers: 'block',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx vite preview --outDir ${DIST} --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
