// The network in numbers: KPIs and charts for the same filters as the map.
import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useStats } from '../../api/stats';
import { describeResult } from '../../domain/grouping';
import { activeFilterCount, serialiseFilters } from '../../domain/url-state';
import { DashboardView } from '../../features/dashboard/dashboard-view';
import { FilterBar } from '../../features/filters/filter-bar';
import { usePageTitle } from '../../ui/page-title';
import { QueryBoundary } from '../../ui/query-boundary';
import { RecordsNotice } from '../../ui/records-notice';
import { FilterNotice } from './filter-notice';
import { useExplorerData } from './use-explorer-data';
import { useFilterState } from './use-filter-state';

function Dashboard() {
  const { filters, setFilters, notice, dismissNotice } = useFilterState();
  const { locations, filtered, facets, rejected } = useExplorerData(filters);
  const stats = useStats();
  const search = useMemo(() => serialiseFilters(filters), [filters]);
  return (
    <>
      <FilterNotice dropped={notice} onDismiss={dismissNotice} />
      <RecordsNotice rejected={rejected} />
      <div className="dashboard-toolbar">
        <FilterBar filters={filters} facets={facets} locations={locations} onChange={setFilters} />
        <p role="status" className="result-count">
          {describeResult(filtered, locations)}
        </p>
        <div className="dashboard-toolbar__links">
          <Link to="/" search={search} className="button">
            View on the map
          </Link>
          <Link to="/present" search={search} className="button button--quiet">
            Present
          </Link>
        </div>
      </div>
      <DashboardView
        ecosystems={filtered}
        locations={locations}
        stats={stats}
        filtered={activeFilterCount(filters) > 0}
      />
    </>
  );
}

export function DashboardPage() {
  usePageTitle('Network in numbers');
  return (
    <div className="page page--wide">
      <h1 id="page-title">Network in numbers</h1>
      <QueryBoundary title="The figures could not be loaded" loadingLabel="Loading the figures…">
        <Dashboard />
      </QueryBoundary>
    </div>
  );
}
