// A page fixture that records console errors, failed requests and requests to other origins,
// so that every test can assert the app stayed clean.
import { test as base, expect } from '@playwright/test';

export interface PageProblems {
  consoleErrors: string[];
  foreignRequests: string[];
}

export const test = base.extend<{ problems: PageProblems }>({
  problems: async ({ page, baseURL }, use) => {
    const problems: PageProblems = { consoleErrors: [], foreignRequests: [] };
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    page.on('console', (message) => {
      if (message.type() === 'error') problems.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
    page.on('request', (request) => {
      const url = request.url();
      if (/^https?:/.test(url) && new URL(url).origin !== origin)
        problems.foreignRequests.push(url);
    });
    await use(problems);
  },
});

export { expect };
