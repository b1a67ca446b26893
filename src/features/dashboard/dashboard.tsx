import { useExplorerData } from '../../api/explorer-data';
import { useStats } from '../../api/stats';
import { activeFilterCount, type Filters } from '../../domain/url-state';
import { DashboardView } from './dashboard-view';

/** The network in numbers for the filters. */
export function Dashboard({ filters }: { filters: Filters }) {
  const { locations, filtered } = useExplorerData(filters);
  const stats = useStats();
  return (
    <DashboardView
      ecosystems={filtered}
      locations={locations}
      stats={stats}
      filtered={activeFilterCount(filters) > 0}
    />
  );
}
