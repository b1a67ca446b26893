// The gatherings the calendar tests build from (the real data and hostile fixtures), the files
// built from them, and how a test reads a file back with ical.js and checks it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { expect } from 'vitest';
import type { AtlasEvent } from '../../src/api/documents';
import { atlasPageUrl, buildCalendars, calendarUid } from './calendars';

export const GENERATED_AT = '2026-11-30T11:00:00.000Z';
export const SITE = 'https://atlas.example/sub/';
export const source = (id: string) => ({
  id: 'page',
  title: `Report on ${id}`,
  url: `https://example.org/${id}`,
  published: null,
  accessed: '2026-11',
  verified: '2026-11',
});

export const HOSTILE_TITLE = 'Gathering, with; marks\nand a line break';
export const fixtures: AtlasEvent[] = [
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

export const realEvents = JSON.parse(readFileSync('data/events.json', 'utf8')) as AtlasEvent[];
export const ecosystems = readdirSync('data/ecosystems')
  .filter((name) => name.endsWith('.json'))
  .map(
    (name) =>
      JSON.parse(readFileSync(path.join('data/ecosystems', name), 'utf8')) as {
        id: string;
        name: string;
      },
  );
export const events = [...realEvents, ...fixtures];
export const build = () =>
  buildCalendars({ events, ecosystems }, { site: SITE, generatedAt: GENERATED_AT });
export const files = build();
export const byUid = new Map(events.map((event) => [calendarUid(event.id), event]));
export const dated = events.filter((event) => /^\d{4}-\d{2}-\d{2}$/.test(event.start));

/** The day after an inclusive last day, worked out here without the module's helpers. */
export const dayAfter = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export function parse(text: string): { calendar: ICAL.Component; entries: ICAL.Event[] } {
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
export function expectWellFormed(text: string) {
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

export function expectEntryMatches(entry: ICAL.Event, event: AtlasEvent) {
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
