// Every calendar file the build writes, read back with ical.js (another library than the one
// that writes them) and compared field by field with the gatherings it comes from.
import { describe, expect, it } from 'vitest';
import type ICAL from 'ical.js';
import { calendarUid } from './calendars';
import {
  HOSTILE_TITLE,
  events,
  build,
  files,
  byUid,
  dated,
  parse,
  expectWellFormed,
  expectEntryMatches,
} from './test-calendars';

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
