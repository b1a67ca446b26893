// Which published network figures lead the unfiltered views, and the wording of computed
// figures: what they cover, never more.
import type { NetworkFigure, NetworkMetric, NetworkSource } from '../api/schemas';
import type { Coverage } from '../api/documents';

/** The headline metrics, in the order the dashboard and presenter show them. */
export const HEADLINE_METRICS = [
  'member-organisations',
  'ecosystems',
  'gatherings-per-year',
  'participants',
] as const satisfies readonly NetworkMetric[];

/** The network's latest published figure for a metric (the one data/ marks as headline). */
export function headlineFigure(
  network: Pick<NetworkSource, 'figures'>,
  metric: NetworkMetric,
): NetworkFigure | undefined {
  return network.figures.find((figure) => figure.headline && figure.metric === metric);
}

/** The network's ecosystem counts with a date, oldest first, for the growth chart. */
export function publishedEcosystemCounts(
  network: Pick<NetworkSource, 'figures'>,
): (NetworkFigure & { asOf: string })[] {
  return network.figures
    .filter(
      (figure): figure is NetworkFigure & { asOf: string } =>
        figure.metric === 'ecosystems' && figure.asOf !== null,
    )
    .sort((a, b) => a.asOf.localeCompare(b.asOf));
}

/** "in the 1 of 7 ecosystems that publish a count", or that none does. */
export function describeCoverage(coverage: Coverage): string {
  if (coverage.covered === 0) {
    return coverage.of === 1
      ? 'this ecosystem publishes no count'
      : `none of the ${coverage.of} ecosystems publishes a count`;
  }
  if (coverage.covered === coverage.of) {
    return coverage.of === 1
      ? 'in the one ecosystem, which publishes a count'
      : `in all ${coverage.of} ecosystems, which each publish a count`;
  }
  return `in the ${coverage.covered} of ${coverage.of} ecosystems that publish a count`;
}
