// Which gatherings can go into a calendar, when they start and end there, and which calendar
// files the build writes. The build and the interface both ask this module, so a link to a
// calendar file is shown exactly when the file exists.
import type { AtlasEvent } from '../api/documents';
import { addDays, zonedTimeToUtc } from './time-zone';

/** The calendar files, as paths under /api/v1/ (the same form as the JSON documents). */
export const NETWORK_CALENDAR = 'calendars/network.ics';
export const eventCalendarFile = (id: string) => `calendars/events/${id}.ics`;
export const ecosystemCalendarFile = (id: string) => `calendars/ecosystems/${id}.ics`;

/**
 * A calendar entry needs a day. A gathering whose source gives only the month has none, and
 * no day is ever made up for it: it gets no calendar file and stays out of every feed.
 */
export const hasCalendarDay = (event: Pick<AtlasEvent, 'start'>): boolean =>
  event.start.length === 10;

/** The gathering's own calendar file, when it has a day. */
export const eventCalendarPath = (event: Pick<AtlasEvent, 'id' | 'start'>): string | undefined =>
  hasCalendarDay(event) ? eventCalendarFile(event.id) : undefined;

/** A local date and time in the gathering's zone. */
export interface WallTime {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM */
  time: string;
}

export type CalendarTime =
  | {
      kind: 'all-day';
      /** First day, YYYY-MM-DD. */
      start: string;
      /** The day after the last day: calendars end all-day entries exclusively. */
      endExclusive: string;
    }
  | {
      kind: 'timed';
      timeZone: string;
      start: WallTime;
      startUtc: Date;
      /** Absent when the source gives no end time: none is made up. */
      end?: WallTime;
      endUtc?: Date;
    };

/**
 * When a gathering sits in a calendar: at its local times in its own zone when the source
 * gives a start time, else as whole days from `start` to `end` (inclusive in the data).
 * A start time on a gathering over several days without an end time cannot say when the last
 * day ends, so such a gathering is shown as whole days.
 */
export function calendarTime(
  event: Pick<AtlasEvent, 'start' | 'end' | 'startTime' | 'endTime' | 'timeZone'>,
): CalendarTime | undefined {
  if (!hasCalendarDay(event)) return undefined;
  const { startTime, endTime, timeZone } = event;
  if (startTime && timeZone && (endTime || !event.end)) {
    const start = { date: event.start, time: startTime };
    const end = endTime ? { date: event.end ?? event.start, time: endTime } : undefined;
    return {
      kind: 'timed',
      timeZone,
      start,
      startUtc: zonedTimeToUtc(start.date, start.time, timeZone),
      ...(end ? { end, endUtc: zonedTimeToUtc(end.date, end.time, timeZone) } : {}),
    };
  }
  return {
    kind: 'all-day',
    start: event.start,
    endExclusive: addDays(event.end ?? event.start, 1),
  };
}

/** The gatherings that go into calendar files, in the order of the events document. */
export const datedEvents = <T extends Pick<AtlasEvent, 'start'>>(events: readonly T[]): T[] =>
  events.filter(hasCalendarDay);

/** The ecosystems that have a feed: those hosting at least one gathering with a day. */
export function ecosystemsWithFeed(events: readonly Pick<AtlasEvent, 'start' | 'hosts'>[]) {
  return new Set(datedEvents(events).flatMap((event) => event.hosts));
}

/** One ecosystem's feed, when it has one (an ecosystem with no dated gathering has none). */
export const ecosystemFeedPath = (
  events: readonly Pick<AtlasEvent, 'start' | 'hosts'>[],
  id: string,
): string | undefined =>
  ecosystemsWithFeed(events).has(id) ? ecosystemCalendarFile(id) : undefined;

/** The network's feed, when any gathering has a day. */
export const networkFeedPath = (
  events: readonly Pick<AtlasEvent, 'start'>[],
): string | undefined => (datedEvents(events).length > 0 ? NETWORK_CALENDAR : undefined);

export type Feed =
  { kind: 'network'; path: string } | { kind: 'ecosystem'; id: string; path: string };

/**
 * The feed that holds exactly the dated gatherings shown (the network's when they are all of
 * them, else an ecosystem's whose gatherings they are), or undefined when no feed does.
 */
export function feedHolding(
  shown: readonly Pick<AtlasEvent, 'id' | 'start' | 'hosts'>[],
  all: readonly Pick<AtlasEvent, 'id' | 'start' | 'hosts'>[],
): Feed | undefined {
  const ids = new Set(datedEvents(shown).map((event) => event.id));
  if (ids.size === 0) return undefined;
  const dated = datedEvents(all);
  if (dated.length === ids.size && dated.every((event) => ids.has(event.id))) {
    return { kind: 'network', path: NETWORK_CALENDAR };
  }
  for (const host of [...new Set(dated.flatMap((event) => event.hosts))].sort()) {
    const own = dated.filter((event) => event.hosts.includes(host));
    if (own.length === ids.size && own.every((event) => ids.has(event.id))) {
      return { kind: 'ecosystem', id: host, path: ecosystemCalendarFile(host) };
    }
  }
  return undefined;
}
