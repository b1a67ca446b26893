// A page fixture that records console errors, failed requests and requests to other origins,
// so that every test can assert the app stayed clean.
import { test as base, expect, type Page } from '@playwright/test';

export interface PageProblems {
  consoleErrors: string[];
  foreignRequests: string[];
  /** Content-Security-Policy violations the page reported. */
  cspViolations: () => Promise<string[]>;
}

export const test = base.extend<{ problems: PageProblems }>({
  // A prerendered page shows its content before React takes it over; a test acts on it once
  // it is live, as a person does once it answers.
  page: async ({ page, javaScriptEnabled, baseURL }, use) => {
    if (javaScriptEnabled) {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const live = async () => {
        const url = new URL(page.url());
        // Only the atlas's own pages: not a partner's page, a file or a blank page.
        if (url.origin !== origin || /\.(?!html$)[a-z0-9]+$/i.test(url.pathname)) return;
        await page.waitForSelector('html[data-hydrated]', { state: 'attached', timeout: 30_000 });
      };
      const goto = page.goto.bind(page);
      const reload = page.reload.bind(page);
      page.goto = async (...args) => {
        const response = await goto(...args);
        await live();
        return response;
      };
      page.reload = async (...args) => {
        const response = await reload(...args);
        await live();
        return response;
      };
    }
    await use(page);
  },
  problems: async ({ page, baseURL }, use) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.defineProperty(window, '__cspViolations', { value: seen });
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const problems: PageProblems = {
      consoleErrors: [],
      foreignRequests: [],
      cspViolations: () =>
        page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
    };
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

/**
 * Serves pages without their prerendered content, as a host does for a URL it has no HTML for:
 * the app then renders in the browser from the API, so a test can change what the API answers.
 */
export async function withoutPrerender(page: Page): Promise<void> {
  await page.route(
    (url) => !url.pathname.includes('.') || url.pathname.endsWith('.html'),
    async (route) => {
      if (route.request().resourceType() !== 'document') {
        await route.fallback();
        return;
      }
      const response = await route.fetch();
      const html = (await response.text())
        .replace(/ data-prerendered="[^"]*"/, '')
        .replace(/<script type="application\/json" id="atlas-state">[\s\S]*?<\/script>/, '');
      await route.fulfill({ response, body: html });
    },
  );
}
