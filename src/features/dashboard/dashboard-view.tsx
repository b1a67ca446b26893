import { Link } from '@tanstack/react-router';
import { Fragment, useMemo } from 'react';
import { Trans } from 'react-i18next';
import type { EcosystemSummary, Location, StatsDocument } from '../../api/documents';
import { countCheckedWithinAYear } from '../../domain/checked';
import { computeTotals } from '../../domain/stats';
import { usePlaceNamesById } from '../../i18n/use-place-names';
import { CHARTS } from './charts';
import { useToday } from '../../ui/use-client';
import { KpiTiles } from './kpi-tiles';
import { NetworkFigures } from './network-figures';
import { NetworkHeadline } from './network-headline';
import './dashboard-view.css';

export interface DashboardViewProps {
  ecosystems: readonly EcosystemSummary[];
  locations: readonly Location[];
  stats: StatsDocument;
  /** True when filters narrow the view: then no network-wide figure is shown. */
  filtered: boolean;
}

/** The network in numbers for the filtered ecosystems, every figure derived here. */
export function DashboardView({ ecosystems, locations, stats, filtered }: DashboardViewProps) {
  const figures = useMemo(
    () => ({
      totals: computeTotals(ecosystems, locations),
      // The qualifiers the member total adds up, for its wording.
      memberQualifiers: ecosystems.flatMap(
        (ecosystem) => ecosystem.figures.memberOrganisations?.qualifier ?? [],
      ),
    }),
    [ecosystems, locations],
  );
  // The reader's today in the browser; the data's own day while prerendering.
  const today = useToday(stats.generatedAt);
  const checked = useMemo(() => countCheckedWithinAYear(ecosystems, today), [ecosystems, today]);
  const labels = usePlaceNamesById(locations);
  const labelOf = (id: string) => labels.get(id) ?? id;
  return (
    <div className="dashboard">
      {filtered ? (
        <p className="notice notice--info">
          <Trans
            i18nKey="dashboard.filteredNotice"
            components={{ link: <Link to="/dashboard" /> }}
          />
        </p>
      ) : (
        <NetworkHeadline network={stats.network} />
      )}
      <KpiTiles
        totals={figures.totals}
        memberQualifiers={figures.memberQualifiers}
        asOf={stats.asOf}
        filtered={filtered}
        checked={checked}
      />
      <div className="dashboard__charts">
        {CHARTS.map((chart) => (
          <Fragment key={chart.name}>
            {chart.render({ ecosystems, locations, stats, filtered, labelOf })}
          </Fragment>
        ))}
      </div>
      {!filtered && <NetworkFigures network={stats.network} />}
    </div>
  );
}
