import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe's WCAG 2.2 AA violations on the page as it stands, plus Label in Name (2.5.3), which axe
 * keeps off by default; each as "rule: help (targets)". `exclude` leaves a selector out of the
 * scan.
 *
 * Legacy mode runs axe.run in the page, same-origin frames included (the atlas has no other),
 * instead of a partial run per frame finished in a new blank page; with only violations
 * collected, a scan takes about a quarter of the time.
 */
export async function axeViolations(
  page: Page,
  { exclude }: { exclude?: string } = {},
): Promise<string[]> {
  let builder = new AxeBuilder({ page })
    .setLegacyMode(true)
    .withTags(WCAG_22_AA)
    .options({
      rules: { 'label-content-name-mismatch': { enabled: true } },
      resultTypes: ['violations'],
    });
  if (exclude) builder = builder.exclude(exclude);
  const results = await builder.analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}
