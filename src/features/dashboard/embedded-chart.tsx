import type { EcosystemSummary, Location, StatsDocument } from '../../api/documents';
import { publishedEcosystemCounts } from '../../domain/headline';
import { growthByYear, growthSeries, tallyByRegion, topLocations } from '../../domain/stats';
import type { ChartName } from '../../domain/url-state';
import { usePlaceNamesById } from '../../i18n/use-place-names';
import { GrowthChart } from './charts/growth-chart';
import { MemberCountsChart } from './charts/member-counts-chart';
import { RegionChart } from './charts/region-chart';
import { TopLocationsChart } from './charts/top-locations-chart';

/** One of the dashboard's charts by its name, from the same figures the dashboard derives. */
export function EmbeddedChart({
  name,
  ecosystems,
  locations,
  stats,
  filtered,
}: {
  name: ChartName;
  ecosystems: readonly EcosystemSummary[];
  locations: readonly Location[];
  stats: StatsDocument;
  filtered: boolean;
}) {
  const labels = usePlaceNamesById(locations);
  switch (name) {
    case 'regions':
      return <RegionChart rows={tallyByRegion(ecosystems, locations)} />;
    case 'top-locations':
      return (
        <TopLocationsChart
          rows={topLocations(ecosystems, locations, 10)}
          labelOf={(id) => labels.get(id) ?? id}
        />
      );
    case 'growth': {
      const growth = growthByYear(ecosystems);
      // The network's own counts describe the whole network: not beside a filtered set.
      const published = filtered ? [] : publishedEcosystemCounts(stats.network);
      return (
        <GrowthChart
          rows={growthSeries(growth, published)}
          undated={growth.undated}
          total={ecosystems.length}
        />
      );
    }
    case 'member-counts':
      return <MemberCountsChart ecosystems={ecosystems} />;
  }
}
