// Sourced gatherings, filtered by the same location and region parameters as the map.
import { EventsExplorer } from '../../features/events/events-explorer';
import { FilterNotice } from '../../ui/filter-notice';
import { usePageTitle } from '../../ui/page-title';
import { QueryBoundary } from '../../ui/query-boundary';
import { useFilterState } from '../route-state';

export function EventsPage() {
  usePageTitle('Ecosystem gatherings');
  const { filters, setFilters, notice, dismissNotice } = useFilterState();
  return (
    <div className="page page--wide">
      <h1 id="page-title">Ecosystem gatherings</h1>
      <p className="lead">
        Gatherings that a public page reports, each linked to its source. Ecosystems meet at least
        four times a year; most of those meetings are not announced publicly, so this list is not
        their full calendar.
      </p>
      <FilterNotice dropped={notice} onDismiss={dismissNotice} />
      <QueryBoundary
        title="The gatherings could not be loaded"
        loadingLabel="Loading the gatherings…"
      >
        <EventsExplorer filters={filters} onChange={setFilters} />
      </QueryBoundary>
    </div>
  );
}
