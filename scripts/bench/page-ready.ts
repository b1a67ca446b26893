// When a page the benchmark loads is ready to be measured: the SVG map drawn, the WebGL map
// reached for and drawn, the dashboard's charts, a page's heading, the reference app's map idle.
import type { Page } from 'playwright-core';
import { reachForMap } from './measure';

export const mapReady = (page: Page) =>
  page.locator('[data-map-ready="true"]').waitFor({ timeout: 120_000 });
/** The WebGL map, reached for and drawn. */
export const webGlReady = async (page: Page) => {
  await reachForMap(page);
  await page.locator('[data-webgl-ready="true"]').waitFor({ timeout: 120_000 });
};
export const chartsReady = (page: Page) => page.locator('svg.recharts-surface').first().waitFor();
export const headingReady = (page: Page) =>
  page.getByRole('heading', { level: 1 }).first().waitFor();
export const settle = (page: Page) => page.waitForTimeout(2000);
export const markReady = async (page: Page) => {
  await page.waitForFunction(
    () => performance.getEntriesByName('atlas:map-idle').length > 0,
    undefined,
    { timeout: 120_000 },
  );
};
