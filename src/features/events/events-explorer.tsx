import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useEcosystems } from '../../api/ecosystems';
import { useEvents } from '../../api/events';
import { useLocations } from '../../api/locations';
import { eventFacets, eventFilters, filterEvents, type EventContext } from '../../domain/events';
import type { Filters } from '../../domain/url-state';
import { REGION_FILTER } from '../../domain/list-filters';
import { ListFacet, LocationFacet } from '../../ui/filters/facet-filters';
import { useToday } from '../../ui/use-client';
import { EventsFilterDrawer } from './events-filter-drawer';
import { EventsSubscribe } from './events-subscribe';
import { EventsView } from './events-view';
import '../../ui/popover.css';
import '../../ui/filters/filter-menu.css';
import './events-explorer.css';
import { fieldById, placesOf } from '../../domain/lookup';

/** The sourced gatherings with location and region filters, counted like the map's. */
export function EventsExplorer({
  filters,
  onChange,
  actions,
}: {
  filters: Filters;
  onChange: (filters: Filters) => void;
  /** The page's actions (downloads), in one row with the filter button on a phone. */
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const eventsDocument = useEvents();
  const { events } = eventsDocument;
  const { ecosystems } = useEcosystems();
  const { locations } = useLocations();
  const context: EventContext = useMemo(
    () => placesOf(ecosystems, locations),
    [ecosystems, locations],
  );
  const names = useMemo(() => fieldById(ecosystems, 'name'), [ecosystems]);
  const shown = useMemo(() => filterEvents(events, filters, context), [events, filters, context]);
  const facets = useMemo(() => eventFacets(events, filters, context), [events, filters, context]);
  const today = useToday(eventsDocument.generatedAt);
  // Only location and region apply to gatherings; the rest are cleared.
  const change = (next: Filters) => onChange(eventFilters(next));
  const active = filters.countries.length + filters.regions.length;
  return (
    <div className="events-layout">
      <EventsFilterDrawer activeCount={active} actions={actions}>
        <details className="popover filter-menu" open>
          <summary>{t('events.filters.location')}</summary>
          <LocationFacet
            filters={filters}
            facets={facets}
            onChange={change}
            locations={locations}
          />
        </details>
        <details className="popover filter-menu">
          <summary>{t('events.filters.region')}</summary>
          <ListFacet filter={REGION_FILTER} filters={filters} facets={facets} onChange={change} />
        </details>
      </EventsFilterDrawer>
      <div className="events-main">
        <p role="status" className="result-count">
          {active > 0
            ? t('events.countFiltered', { count: shown.length })
            : t('events.count', { count: shown.length })}
        </p>
        <EventsView
          events={shown}
          today={today}
          nameOf={(id) => names.get(id)}
          filtered={active > 0}
        />
        <EventsSubscribe
          events={events}
          shown={shown}
          filtered={active > 0}
          nameOf={(id) => names.get(id)}
        />
      </div>
    </div>
  );
}
