// Sourced gatherings, filtered by the same location and region parameters as the map.
import { useMemo } from 'react';
import { useEcosystems } from '../../api/ecosystems';
import { useEvents } from '../../api/events';
import { useLocations } from '../../api/locations';
import { eventFacets, filterEvents, type EventContext } from '../../domain/events';
import { EMPTY_FILTERS, type Filters } from '../../domain/url-state';
import { EventsView } from '../../features/events/events-view';
import { LocationFacet, RegionFacet } from '../../features/filters/facet-filters';
import { usePageTitle } from '../../ui/page-title';
import { QueryBoundary } from '../../ui/query-boundary';
import { FilterNotice } from './filter-notice';
import { useFilterState } from './use-filter-state';

function Events() {
  const { filters, setFilters, notice, dismissNotice } = useFilterState();
  const { events } = useEvents();
  const { ecosystems } = useEcosystems();
  const { locations } = useLocations();
  const context: EventContext = useMemo(
    () => ({
      locationOf: new Map(ecosystems.map((ecosystem) => [ecosystem.id, ecosystem.locationId])),
      regionOf: new Map(locations.map((location) => [location.id, location.region])),
    }),
    [ecosystems, locations],
  );
  const names = useMemo(
    () => new Map(ecosystems.map((ecosystem) => [ecosystem.id, ecosystem.name])),
    [ecosystems],
  );
  const shown = useMemo(() => filterEvents(events, filters, context), [events, filters, context]);
  const facets = useMemo(() => eventFacets(events, filters, context), [events, filters, context]);
  const today = useMemo(() => new Date().toISOString().slice(0, 10), []);
  const onChange = (next: Filters) =>
    setFilters({ ...EMPTY_FILTERS, countries: next.countries, regions: next.regions });
  const active = filters.countries.length + filters.regions.length;
  return (
    <>
      <FilterNotice dropped={notice} onDismiss={dismissNotice} />
      <div className="events-layout">
        <aside className="events-filters" aria-label="Filter the gatherings">
          <details className="filter-menu" open>
            <summary>Location</summary>
            <LocationFacet
              filters={filters}
              facets={facets}
              onChange={onChange}
              locations={locations}
            />
          </details>
          <details className="filter-menu">
            <summary>World region</summary>
            <RegionFacet filters={filters} facets={facets} onChange={onChange} />
          </details>
        </aside>
        <div className="events-main">
          <p role="status" className="result-count">
            {shown.length} sourced gathering{shown.length === 1 ? '' : 's'}
            {active > 0 ? ' for these filters' : ''}
          </p>
          <EventsView
            events={shown}
            today={today}
            nameOf={(id) => names.get(id)}
            filtered={active > 0}
          />
        </div>
      </div>
    </>
  );
}

export function EventsPage() {
  usePageTitle('Ecosystem gatherings');
  return (
    <div className="page page--wide">
      <h1 id="page-title">Ecosystem gatherings</h1>
      <p className="lead">
        Gatherings that a public page reports, each linked to its source. Ecosystems meet at least
        four times a year; most of those meetings are not announced publicly, so this list is not
        their full calendar.
      </p>
      <QueryBoundary
        title="The gatherings could not be loaded"
        loadingLabel="Loading the gatherings…"
      >
        <Events />
      </QueryBoundary>
    </div>
  );
}
