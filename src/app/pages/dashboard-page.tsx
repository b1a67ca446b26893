// The network in numbers: figures and charts for the same filters as the map.
import { Link } from '@tanstack/react-router';
import { serialiseFilters } from '../../domain/url-state';
import { Dashboard } from '../../features/dashboard/dashboard';
import { FilterToolbar } from '../../features/filters/filter-toolbar';
import { usePageTitle } from '../../ui/page-title';
import { QueryBoundary } from '../../ui/query-boundary';
import { useFilterState } from '../route-state';

export function DashboardPage() {
  usePageTitle('Network in numbers');
  const { filters, setFilters, notice, dismissNotice } = useFilterState();
  const search = serialiseFilters(filters);
  return (
    <div className="page page--wide">
      <h1 id="page-title">Network in numbers</h1>
      <QueryBoundary title="The figures could not be loaded" loadingLabel="Loading the figures…">
        <FilterToolbar
          filters={filters}
          onChange={setFilters}
          dropped={notice}
          onDismiss={dismissNotice}
        >
          <Link to="/" search={search} className="button">
            View on the map
          </Link>
          <Link to="/present" search={search} className="button button--quiet">
            Present
          </Link>
        </FilterToolbar>
        <Dashboard filters={filters} />
      </QueryBoundary>
    </div>
  );
}
