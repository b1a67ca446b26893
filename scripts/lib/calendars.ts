// The calendar files (RFC 5545) beside the JSON API: one per gathering with a day, a feed per
// ecosystem that hosts one, and one for the whole network. Pure: the same data, site and
// `generatedAt` give the same bytes, so builds are reproducible.
import ical, { escape, type ICalCalendar } from 'ical-generator';
import type { AtlasEvent } from '../../src/api/documents';
import {
  calendarTime,
  datedEvents,
  ecosystemCalendarFile,
  ecosystemsWithFeed,
  eventCalendarFile,
  NETWORK_CALENDAR,
} from '../../src/domain/calendar';
import { utcDay, wallTime } from './ical-times';
import { vtimezone } from './vtimezone';
import { fieldById } from '../../src/domain/lookup';

export interface CalendarOptions {
  /** The atlas's public address with its base path: "https://example.org/atlas/". */
  site: string;
  /** The build's time (the API documents' `generatedAt`): every entry's DTSTAMP. */
  generatedAt: string;
}

/** Stable across builds and calendars, so a re-imported or re-fetched entry updates itself. */
export const calendarUid = (id: string) => `${id}@ecosystem-atlas`;

/** The gathering's place on the atlas's events page (its heading's id). */
export const atlasPageUrl = (site: string, id: string) => `${site}events#gathering-${id}`;

const FEED_TTL_SECONDS = 24 * 60 * 60;

/** What the entry says beyond its title: the gathering, who held it, its sources, the atlas. */
function details(event: AtlasEvent, site: string, nameOf: (id: string) => string | undefined) {
  const hosts = event.hosts.flatMap((id) => nameOf(id) ?? []);
  return [
    event.description,
    hosts.length > 0 ? `Hosted by: ${hosts.join(', ')}` : undefined,
    hosts.length === 0 && event.organiser ? `Organised by: ${event.organiser}` : undefined,
    ...event.sources.map((source) => `Source: ${source.title} ${source.url}`),
    `In the Ecosystem Atlas: ${atlasPageUrl(site, event.id)}`,
  ]
    .filter(Boolean)
    .join('\n');
}

interface Feed {
  name: string;
  description: string;
  page: string;
  /** The file's own address, for readers that refresh a subscription. */
  self?: string;
}

function calendarOf(
  feed: Feed,
  events: readonly AtlasEvent[],
  options: CalendarOptions,
  nameOf: (id: string) => string | undefined,
): ICalCalendar {
  const instants = new Map<string, number[]>();
  const calendar = ical({
    prodId: { company: 'Ecosystem Atlas', product: 'Gatherings', language: 'EN' },
    // ical-generator writes these two as they are: escape them as TEXT values.
    name: escape(feed.name, false),
    description: escape(feed.description, false),
    url: feed.page,
    ...(feed.self ? { source: feed.self, ttl: FEED_TTL_SECONDS } : {}),
    timezone: { name: null, generator: (zone) => vtimezone(zone, instants.get(zone) ?? []) },
  });
  for (const event of events) {
    const time = calendarTime(event);
    if (!time) continue;
    const common = {
      id: calendarUid(event.id),
      stamp: options.generatedAt,
      summary: event.title,
      location: event.place,
      url: atlasPageUrl(options.site, event.id),
      description: details(event, options.site, nameOf),
    };
    if (time.kind === 'all-day') {
      calendar.createEvent({
        ...common,
        allDay: true,
        start: utcDay(time.start),
        end: utcDay(time.endExclusive),
      });
      continue;
    }
    const zone = time.timeZone;
    instants.set(zone, [
      ...(instants.get(zone) ?? []),
      time.startUtc.getTime(),
      ...(time.endUtc ? [time.endUtc.getTime()] : []),
    ]);
    calendar.createEvent({
      ...common,
      timezone: zone,
      start: wallTime(time.start, zone, time.startUtc),
      // No end time from the source: no DTEND, so the entry ends when it starts.
      end: time.end && time.endUtc ? wallTime(time.end, zone, time.endUtc) : null,
    });
  }
  return calendar;
}

/** Every calendar file, keyed by its path under /api/v1/. */
export function buildCalendars(
  data: { events: readonly AtlasEvent[]; ecosystems: readonly { id: string; name: string }[] },
  options: CalendarOptions,
): Map<string, string> {
  const names = fieldById(data.ecosystems, 'name');
  const nameOf = (id: string) => names.get(id);
  const events = datedEvents(data.events).sort(
    (a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id),
  );
  const api = `${options.site}api/v1/`;
  const files = new Map<string, string>();
  const write = (path: string, feed: Feed, list: readonly AtlasEvent[]) =>
    files.set(path, calendarOf(feed, list, options, nameOf).toString());
  const left = 'Gatherings whose source gives only the month are left out: an entry needs a day.';

  for (const event of events) {
    write(
      eventCalendarFile(event.id),
      {
        name: event.title,
        description: 'A gathering in the Ecosystem Atlas.',
        page: atlasPageUrl(options.site, event.id),
      },
      [event],
    );
  }
  for (const id of [...ecosystemsWithFeed(events)].sort()) {
    const name = names.get(id) ?? id;
    write(
      ecosystemCalendarFile(id),
      {
        name: `${name}: gatherings`,
        description: `Gatherings of ${name} with a public source, from the Ecosystem Atlas. ${left}`,
        page: `${options.site}ecosystems/${id}`,
        self: `${api}${ecosystemCalendarFile(id)}`,
      },
      events.filter((event) => event.hosts.includes(id)),
    );
  }
  if (events.length > 0) {
    write(
      NETWORK_CALENDAR,
      {
        name: 'Digital health ecosystems: gatherings',
        description: `Gatherings of the network's ecosystems with a public source, from the Ecosystem Atlas. ${left}`,
        page: `${options.site}events`,
        self: `${api}${NETWORK_CALENDAR}`,
      },
      events,
    );
  }
  return files;
}
