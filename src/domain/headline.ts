// Which published network figures lead the unfiltered views, and how much of the view a
// computed figure covers: what it covers, never more.
import type { NetworkFigure, NetworkMetric, NetworkSource } from '../api/network-schema';
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

/** How many of the ecosystems in view publish a figure: none, some or all (the components word it). */
export type CoverageKind = 'none' | 'some' | 'all';

export function coverageKind(coverage: Pick<Coverage, 'covered' | 'of'>): CoverageKind {
  if (coverage.covered === 0) return 'none';
  return coverage.covered === coverage.of ? 'all' : 'some';
}
