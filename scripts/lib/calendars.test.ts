// Every calendar file the build writes, read back with ical.js (another library than the one
// that writes them) and compared field by field with the gatherings it comes from.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { AtlasEvent } from '../../src/api/documents';
import { atlasPageUrl, buildCalendars, calendarUid } from './calendars';

const GENERATED_AT = '2026-11-30T11:00:00.000Z';
const SITE = 'https://atlas.example/sub/';
const source = (id: string) => ({
  id: 'page',
  title: `Report on ${id}`,
  url: `https://example.org/${id}`,
  published: null,
  accessed: '2026-11',
  verified: '2026-11',
});

const HOSTILE_TITLE = 'Gathering, with; marks\nand a line break';
const fixtures: AtlasEvent[] = [
  {
    id: 'fixture-hostile-title',
    title: HOSTILE_TITLE,
    start: '2024-05-02',
    place: 'Hall A, Room 3; Odense',
    hosts: ['south-denmark-ehealth-ecosystem'],
    description: 'Line one\nLine two, with; marks and a back\\slash',
    sources: [source('hostile')],
  },
  {
    // Over the clock change in New York (10 March 2024): EST at the start, EDT at the end.
    id: 'fixture-dst-span',
    title: 'Across the clock change',
    start: '2024-03-09',
    end: '2024-03-11',
    startTime: '10:00',
    endTime: '12:00',
    timeZone: 'America/New_York',
    place: 'New York',
    hosts: [],
    organiser: 'An organiser',
    sources: [source('dst')],
  },
  {
    id: 'fixture-fixed-zone',
    title: 'In a zone without summer time',
    start: '2024-01-15',
    startTime: '09:30',
    endTime: '17:00',
    timeZone: 'Asia/Kolkata',
    place: 'Bengaluru',
    hosts: [],
    sources: [source('fixed')],
  },
  {
    id: 'fixture-month-only',
    title: 'Only the month is known',
    start: '2024-06',
    place: 'Odense',
    hosts: ['south-denmark-ehealth-ecosystem'],
    sources: [source('month')],
  },
];

const realEvents = JSON.parse(readFileSync('data/events.json', 'utf8')) as AtlasEvent[];
const ecosystems = readdirSync('data/ecosystems')
  .filter((name) => name.endsWith('.json'))
  .map(
    (name) =>
      JSON.parse(readFileSync(path.join('data/ecosystems', name), 'utf8')) as {
        id: string;
        name: string;
      },
  );
const events = [...realEvents, ...fixtures];
const build = () =>
  buildCalendars({ events, ecosystems }, { site: SITE, generatedAt: GENERATED_AT });
const files = build();
const byUid = new Map(events.map((event) => [calendarUid(event.id), event]));
const dated = events.filter((event) => /^\d{4}-\d{2}-\d{2}$/.test(event.start));

/** The day after an inclusive last day, worked out here without the module's helpers. */
const dayAfter = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

function parse(text: string): { calendar: ICAL.Component; entries: ICAL.Event[] } {
  const calendar = ICAL.Component.fromString(text);
  ICAL.TimezoneService.reset();
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(zone);
  }
  const entries = calendar
    .getAllSubcomponents('vevent')
    .map((component) => new ICAL.Event(component));
  return { calendar, entries };
}

/** The rules of RFC 5545's syntax that a lenient parser would let pass. */
function expectWellFormed(text: string) {
  expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
  expect(text.endsWith('END:VCALENDAR')).toBe(true);
  // Lines end in CRLF and are folded at 75 octets.
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of text.split('\r\n')) {
    expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  }
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  // Every TZID used is defined in the file.
  const used = new Set([...unfolded.matchAll(/;TZID=([^:;]+)/g)].map((match) => match[1]));
  for (const zone of used) expect(unfolded).toContain(`BEGIN:VTIMEZONE\r\nTZID:${zone}\r\n`);
  for (const block of unfolded.split('BEGIN:VEVENT').slice(1)) {
    expect(block).toMatch(/\r\nUID:[^\r]+\r\n/);
    expect(block).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
  }
}

function expectEntryMatches(entry: ICAL.Event, event: AtlasEvent) {
  expect(entry.uid).toBe(`${event.id}@ecosystem-atlas`);
  expect(entry.summary).toBe(event.title);
  expect(entry.location).toBe(event.place);
  const url = atlasPageUrl(SITE, event.id);
  expect(entry.component.getFirstPropertyValue('url')).toBe(url);
  expect(entry.description).toContain(`In the Ecosystem Atlas: ${url}`);
  for (const { url: sourceUrl } of event.sources) expect(entry.description).toContain(sourceUrl);
  if (event.description) expect(entry.description).toContain(event.description);
  const stamp = entry.component.getFirstPropertyValue('dtstamp') as ICAL.Time;
  expect(stamp.toJSDate().toISOString()).toBe(GENERATED_AT);

  const start = entry.startDate;
  const dtend = entry.component.getFirstPropertyValue('dtend') as ICAL.Time | null;
  if (event.startTime && event.timeZone) {
    expect(start.isDate).toBe(false);
    expect(start.zone.tzid).toBe(event.timeZone);
    expect(start.toString()).toBe(`${event.start}T${event.startTime}:00`);
    if (event.endTime) {
      expect(dtend?.zone.tzid).toBe(event.timeZone);
      expect(dtend?.toString()).toBe(`${event.end ?? event.start}T${event.endTime}:00`);
    } else {
      // No end from the source, none made up: the entry ends when it starts.
      expect(dtend).toBeNull();
    }
  } else {
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe(event.start);
    expect(dtend?.isDate).toBe(true);
    expect(dtend?.toString()).toBe(dayAfter(event.end ?? event.start));
  }
}

describe('the calendar files', () => {
  it('are one per gathering with a day, one per ecosystem hosting one, and the network', () => {
    const hosts = new Set(dated.flatMap((event) => event.hosts));
    expect([...files.keys()].sort()).toEqual(
      [
        ...dated.map((event) => `calendars/events/${event.id}.ics`),
        ...[...hosts].map((id) => `calendars/ecosystems/${id}.ics`),
        'calendars/network.ics',
      ].sort(),
    );
    // Month-only gatherings are in the data, and in no file.
    expect(events.filter((event) => event.start.length === 7).length).toBeGreaterThan(1);
    expect(files.has('calendars/events/fixture-month-only.ics')).toBe(false);
  });

  it.each([...files.keys()])('%s is well formed and matches the data field by field', (name) => {
    const text = files.get(name) ?? '';
    expectWellFormed(text);
    const { calendar, entries } = parse(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const [, kind, id] =
      /^calendars\/(?:(events|ecosystems)\/(.+)\.ics|network\.ics)$/.exec(name) ?? [];
    const expected =
      kind === 'events'
        ? dated.filter((event) => event.id === id)
        : kind === 'ecosystems'
          ? dated.filter((event) => event.hosts.includes(id ?? ''))
          : dated;
    expect(entries.map((entry) => entry.uid).sort()).toEqual(
      expected.map((event) => calendarUid(event.id)).sort(),
    );
    for (const entry of entries) {
      const event = byUid.get(entry.uid);
      expect(event, entry.uid).toBeDefined();
      if (event) expectEntryMatches(entry, event);
    }
  });

  it('keeps commas, semicolons and line breaks of a title exactly', () => {
    const text = files.get('calendars/events/fixture-hostile-title.ics') ?? '';
    expect(text.replace(/\r\n /g, '')).toContain(
      'SUMMARY:Gathering\\, with\\; marks\\nand a line break\r\n',
    );
    const [entry] = parse(text).entries;
    expect(entry?.summary).toBe(HOSTILE_TITLE);
    expect(entry?.location).toBe('Hall A, Room 3; Odense');
    expect(entry?.description).toContain('Line one\nLine two, with; marks and a back\\slash');
    // And in the ecosystem's feed, whose name is escaped too.
    const feed = parse(files.get('calendars/ecosystems/south-denmark-ehealth-ecosystem.ics') ?? '');
    expect(feed.entries.map((one) => one.summary)).toContain(HOSTILE_TITLE);
  });

  it('places timed gatherings at the right instant through their VTIMEZONE', () => {
    const instant = (id: string) => {
      const [entry] = parse(files.get(`calendars/events/${id}.ics`) ?? '').entries;
      const end = entry?.component.getFirstPropertyValue('dtend') as ICAL.Time | null;
      return [entry?.startDate.toJSDate().toISOString(), end?.toJSDate().toISOString()];
    };
    // The source says 15:00 CET: Central European standard time, UTC+1, so 14:00 UTC, although
    // Brussels keeps summer time (UTC+2) on 7 October. No end time is given.
    expect(instant('2025-10-global-cancer-ecosystem-first-gathering')).toEqual([
      '2025-10-07T14:00:00.000Z',
      undefined,
    ]);
    // 10:00 EST (UTC-5) on 9 March, 12:00 EDT (UTC-4) on 11 March.
    expect(instant('fixture-dst-span')).toEqual([
      '2024-03-09T15:00:00.000Z',
      '2024-03-11T16:00:00.000Z',
    ]);
    expect(instant('fixture-fixed-zone')).toEqual([
      '2024-01-15T04:00:00.000Z',
      '2024-01-15T11:30:00.000Z',
    ]);
  });

  it('define the fixed UTC+1 zone of a gathering given in CET', () => {
    const text = files.get('calendars/events/2025-10-global-cancer-ecosystem-first-gathering.ics');
    expect(text).toContain('DTSTART;TZID=Etc/GMT-1:20251007T150000\r\n');
    expect(text).toMatch(
      /BEGIN:VTIMEZONE\r\nTZID:Etc\/GMT-1\r\nBEGIN:STANDARD\r\nDTSTART:\d{8}T\d{6}\r\nTZOFFSETFROM:\+0100\r\nTZOFFSETTO:\+0100\r\nEND:STANDARD\r\nEND:VTIMEZONE/,
    );
  });

  it('are all-day entries with an exclusive end for gatherings over several days', () => {
    const text = files.get('calendars/events/2019-06-galician-learning-experience.ics') ?? '';
    expect(text).toContain('DTSTART;VALUE=DATE:20190616\r\nDTEND;VALUE=DATE:20190624\r\n');
  });

  it('are the same bytes for the same data and build time', () => {
    expect(build()).toEqual(files);
    expect(files.get('calendars/network.ics')).toContain('DTSTAMP:20261130T110000Z');
  });

  it('say in each feed what they hold and where they refresh from', () => {
    const { calendar } = parse(files.get('calendars/network.ics') ?? '');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      'Digital health ecosystems: gatherings',
    );
    expect(calendar.getFirstPropertyValue('x-wr-caldesc')).toMatch(/only the month are left out/);
    expect(files.get('calendars/network.ics')).toContain(
      'SOURCE;VALUE=URI:https://atlas.example/sub/api/v1/calendars/network.ics\r\n',
    );
  });
});
