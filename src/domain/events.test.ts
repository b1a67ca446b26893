// "Today" is handed in, never read from the clock: each case says which day it is.
import { describe, expect, it } from 'vitest';
import type { AtlasEvent } from '../api/documents';
import {
  eventFacets,
  eventLocations,
  filterEvents,
  isUpcoming,
  knownHosts,
  lastDay,
  splitByTime,
  type EventContext,
} from './events';
import { EMPTY_FILTERS } from './url-state';

const SOURCE = {
  id: 'page',
  title: 'A public page',
  url: 'https://example.org/page',
  published: null,
  accessed: '2026-11',
  verified: '2026-11',
};

function event(id: string, start: string, extra: Partial<AtlasEvent> = {}): AtlasEvent {
  return { id, title: id, start, place: 'Hall', hosts: [], sources: [SOURCE], ...extra };
}

const cardiff = event('cardiff', '2026-11-27', { end: '2026-11-28', hosts: ['wales'] });
const oneDay = event('odense', '2026-12-03', { locationId: 'denmark', hosts: ['odense'] });
const monthOnly = event('melbourne', '2026-12', { hosts: ['melbourne'] });
const online = event('webinar', '2027-01-15', { format: 'online' });
const trip = event('trip', '2025-06-16', {
  end: '2025-06-23',
  locationId: 'slovenia',
  hosts: ['galicia', 'ljubljana'],
});
const EVENTS = [cardiff, oneDay, monthOnly, online, trip];

const context: EventContext = {
  locationOf: new Map([
    ['wales', 'wales'],
    ['odense', 'denmark'],
    ['melbourne', 'australia'],
    ['galicia', 'spain'],
    ['ljubljana', 'slovenia'],
  ]),
  regionOf: new Map([
    ['wales', 'europe'],
    ['denmark', 'europe'],
    ['spain', 'europe'],
    ['slovenia', 'europe'],
    ['australia', 'oceania'],
  ]),
};
const ids = (events: readonly { id: string }[]) => events.map((item) => item.id);

describe('isUpcoming', () => {
  it('is upcoming until its last day is over', () => {
    expect(lastDay(cardiff)).toBe('2026-11-28');
    expect(isUpcoming(cardiff, '2026-11-26')).toBe(true);
    expect(isUpcoming(cardiff, '2026-11-28')).toBe(true);
    expect(isUpcoming(cardiff, '2026-11-29')).toBe(false);
    expect(isUpcoming(oneDay, '2026-12-03')).toBe(true);
    expect(isUpcoming(oneDay, '2026-12-04')).toBe(false);
  });

  it('counts a gathering the source dates only to a month as upcoming until that month ends', () => {
    expect(lastDay(monthOnly)).toBe('2026-12');
    expect(isUpcoming(monthOnly, '2026-12-31')).toBe(true);
    expect(isUpcoming(monthOnly, '2027-01-01')).toBe(false);
  });
});

describe('splitByTime', () => {
  it('puts upcoming gatherings soonest first, past ones latest first', () => {
    const { upcoming, past } = splitByTime(EVENTS, '2026-11-28');
    expect(ids(upcoming)).toEqual(['cardiff', 'melbourne', 'odense', 'webinar']);
    expect(ids(past)).toEqual(['trip']);
  });

  it('moves each gathering to the past on the day after its last, with another today', () => {
    expect(ids(splitByTime(EVENTS, '2026-12-04').upcoming)).toEqual(['melbourne', 'webinar']);
    const later = splitByTime(EVENTS, '2027-02-01');
    expect(later.upcoming).toEqual([]);
    expect(ids(later.past)).toEqual(['webinar', 'odense', 'melbourne', 'cardiff', 'trip']);
    expect(ids(splitByTime(EVENTS, '2020-01-01').upcoming)).toEqual([
      'trip',
      'cardiff',
      'melbourne',
      'odense',
      'webinar',
    ]);
  });
});

describe('where a gathering belongs', () => {
  it('is where it took place and where its hosts are', () => {
    expect([...eventLocations(trip, context)].sort()).toEqual(['slovenia', 'spain']);
    expect([...eventLocations(cardiff, context)]).toEqual(['wales']);
    expect([...eventLocations(online, context)]).toEqual([]);
    const unknownHost = event('x', '2026-01-01', { hosts: ['nobody'] });
    expect([...eventLocations(unknownHost, context)]).toEqual([]);
  });

  it('filters by location and world region, by venue or by host', () => {
    expect(ids(filterEvents(EVENTS, EMPTY_FILTERS, context))).toEqual(ids(EVENTS));
    expect(ids(filterEvents(EVENTS, { countries: ['spain'], regions: [] }, context))).toEqual([
      'trip',
    ]);
    expect(ids(filterEvents(EVENTS, { countries: [], regions: ['oceania'] }, context))).toEqual([
      'melbourne',
    ]);
    expect(
      ids(
        filterEvents(EVENTS, { countries: ['wales', 'australia'], regions: ['europe'] }, context),
      ),
    ).toEqual(['cardiff']);
  });

  it('counts each option under the other filter, not its own', () => {
    const facets = eventFacets(EVENTS, { countries: ['wales'], regions: ['oceania'] }, context);
    // locations: the region filter (oceania) only
    expect(facets.all).toBe(1);
    expect(Object.fromEntries(facets.locations)).toEqual({ australia: 1 });
    // regions: the location filter (wales) only; a gathering in two places counts once a region
    expect(Object.fromEntries(facets.regions)).toEqual({ europe: 1 });
    const all = eventFacets(EVENTS, { countries: [], regions: [] }, context);
    expect(all.all).toBe(5);
    expect(Object.fromEntries(all.regions)).toEqual({ europe: 3, oceania: 1 });
    expect(Object.fromEntries(all.locations)).toEqual({
      wales: 1,
      denmark: 1,
      australia: 1,
      slovenia: 1,
      spain: 1,
    });
  });

  it('names only the hosts the atlas has a record of', () => {
    const names = new Map([['galicia', 'Galician Ecosystem']]);
    expect(knownHosts(trip, (id) => names.get(id))).toEqual([
      { id: 'galicia', name: 'Galician Ecosystem' },
    ]);
  });
});
