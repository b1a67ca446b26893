// The service worker under test: a spec that opts in with test.use({ serviceWorkers: 'allow' })
// waits for it here before it checks what the worker controls or caches.
import type { Page } from '@playwright/test';

/** Waits for the worker to be active, which it is once its install has filled the caches. */
export async function serviceWorkerReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}
