import { useMemo } from 'react';
import type { EcosystemSummary, Location, StatsDocument } from '../../api/documents';
import {
  computeTotals,
  growthByYear,
  principleCounts,
  stakeholderMixByRegion,
  tallyByLocation,
  tallyByRegion,
  topLocationsByMembers,
} from '../../domain/stats';
import { GrowthChart } from './charts/growth-chart';
import { MeetingsChart } from './charts/meetings-chart';
import { PrinciplesChart } from './charts/principles-chart';
import { RegionChart } from './charts/region-chart';
import { StakeholderChart } from './charts/stakeholder-chart';
import { TopLocationsChart } from './charts/top-locations-chart';
import { KpiTiles } from './kpi-tiles';
import { NetworkFigures } from './network-figures';

export interface DashboardViewProps {
  ecosystems: readonly EcosystemSummary[];
  locations: readonly Location[];
  stats: StatsDocument;
}

/** The network in numbers for the filtered ecosystems, every figure derived here. */
export function DashboardView({ ecosystems, locations, stats }: DashboardViewProps) {
  const figures = useMemo(
    () => ({
      totals: computeTotals(ecosystems, locations),
      byRegion: tallyByRegion(ecosystems, locations),
      byLocation: tallyByLocation(ecosystems, locations),
      top: topLocationsByMembers(ecosystems, locations, 10),
      growth: growthByYear(ecosystems),
      mix: stakeholderMixByRegion(ecosystems, locations),
      principles: principleCounts(ecosystems),
      meetingAll: ecosystems.filter((ecosystem) => new Set(ecosystem.principles).size === 9).length,
    }),
    [ecosystems, locations],
  );
  const labels = useMemo(
    () => new Map(locations.map((location) => [location.id, location.label])),
    [locations],
  );
  const labelOf = (id: string) => labels.get(id) ?? id;
  return (
    <div className="dashboard">
      <div className="dashboard__figures">
        <KpiTiles totals={figures.totals} asOf={stats.asOf} />
        <NetworkFigures network={stats.network} />
      </div>
      <div className="dashboard__charts">
        <RegionChart rows={figures.byRegion} />
        <TopLocationsChart rows={figures.top} labelOf={labelOf} />
        <GrowthChart rows={figures.growth} />
        <MeetingsChart rows={figures.byLocation} labelOf={labelOf} />
        <StakeholderChart rows={figures.mix} />
        <PrinciplesChart
          rows={figures.principles}
          total={ecosystems.length}
          meetingAll={figures.meetingAll}
        />
      </div>
    </div>
  );
}
