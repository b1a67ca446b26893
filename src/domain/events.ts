// Gatherings: which are upcoming and which past, and which match the location and region
// filters. Pure functions of the events, the ecosystems' locations and today's date.
import type { WorldRegion } from '../api/schemas';
import type { AtlasEvent } from '../api/documents';
import { emptyFacets, type Facets } from './filters';
import { EMPTY_FILTERS, type Filters } from './url-state';

/** The last day a gathering runs, as precise as its date: "2019-11-28" or "2019-11". */
export const lastDay = (event: Pick<AtlasEvent, 'start' | 'end'>): string =>
  event.end ?? event.start;

/** Upcoming until its last day is over; a month-only date counts until that month ends. */
export function isUpcoming(event: Pick<AtlasEvent, 'start' | 'end'>, today: string): boolean {
  const last = lastDay(event);
  return last >= today.slice(0, last.length);
}

/** Upcoming gatherings soonest first, then past ones latest first. */
export function splitByTime<T extends Pick<AtlasEvent, 'start' | 'end' | 'id'>>(
  events: readonly T[],
  today: string,
): { upcoming: T[]; past: T[] } {
  const upcoming = events.filter((event) => isUpcoming(event, today));
  const past = events.filter((event) => !isUpcoming(event, today));
  upcoming.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
  past.sort((a, b) => lastDay(b).localeCompare(lastDay(a)) || b.id.localeCompare(a.id));
  return { upcoming, past };
}

export interface EventContext {
  /** Location id of each ecosystem. */
  locationOf: ReadonlyMap<string, string>;
  regionOf: ReadonlyMap<string, WorldRegion>;
}

/** The locations a gathering belongs to: where it took place and where its hosts are. */
export function eventLocations(event: AtlasEvent, context: EventContext): Set<string> {
  const ids = new Set<string>();
  if (event.locationId) ids.add(event.locationId);
  for (const host of event.hosts) {
    const location = context.locationOf.get(host);
    if (location) ids.add(location);
  }
  return ids;
}

function matches(
  locations: ReadonlySet<string>,
  filters: Pick<Filters, 'countries' | 'regions'>,
  context: EventContext,
  skip?: 'countries' | 'regions',
): boolean {
  if (skip !== 'countries' && filters.countries.length > 0) {
    if (!filters.countries.some((id) => locations.has(id))) return false;
  }
  if (skip !== 'regions' && filters.regions.length > 0) {
    const regions = [...locations].map((id) => context.regionOf.get(id));
    if (!filters.regions.some((region) => regions.includes(region))) return false;
  }
  return true;
}

/** The filters that apply to gatherings: location and world region; the rest are cleared. */
export const eventFilters = (filters: Filters): Filters => ({
  ...EMPTY_FILTERS,
  countries: filters.countries,
  regions: filters.regions,
});

/** Gatherings in the chosen locations and world regions (by venue or by host). */
export function filterEvents(
  events: readonly AtlasEvent[],
  filters: Pick<Filters, 'countries' | 'regions'>,
  context: EventContext,
): AtlasEvent[] {
  return events.filter((event) => matches(eventLocations(event, context), filters, context));
}

/** Counts per location and region option, as the explorer's facets count ecosystems. */
export function eventFacets(
  events: readonly AtlasEvent[],
  filters: Pick<Filters, 'countries' | 'regions'>,
  context: EventContext,
): Facets {
  const facets = emptyFacets();
  for (const event of events) {
    const locations = eventLocations(event, context);
    if (matches(locations, filters, context, 'countries')) {
      facets.all += 1;
      for (const id of locations) facets.locations.set(id, (facets.locations.get(id) ?? 0) + 1);
    }
    if (matches(locations, filters, context, 'regions')) {
      const regions = new Set([...locations].flatMap((id) => context.regionOf.get(id) ?? []));
      for (const region of regions)
        facets.regions.set(region, (facets.regions.get(region) ?? 0) + 1);
    }
  }
  return facets;
}

/** The hosts of a gathering that the atlas has a record of, with their names. */
export function knownHosts(
  event: Pick<AtlasEvent, 'hosts'>,
  nameOf: (id: string) => string | undefined,
): { id: string; name: string }[] {
  return event.hosts.flatMap((id) => {
    const name = nameOf(id);
    return name ? [{ id, name }] : [];
  });
}
