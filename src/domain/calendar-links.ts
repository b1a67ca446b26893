// Links that open a web calendar's "new event" form prefilled with a gathering: Google
// Calendar and Outlook on the web. Pure: the caller gives the words and the calendar time.
import type { CalendarTime } from './calendar';

export interface CalendarEntry {
  title: string;
  location: string;
  /** Plain text: what the gathering is, its source, the atlas page. */
  details: string;
  time: CalendarTime;
}

/** "%20" for spaces, not "+": Outlook shows a "+" literally. */
const query = (params: [string, string][]) =>
  params.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');

const compactDay = (date: string) => date.replaceAll('-', '');
/** 2025-10-07T13:00:00.000Z -> 20251007T130000Z */
const compactUtc = (instant: Date) =>
  instant
    .toISOString()
    .replace(/\.\d{3}/, '')
    .replace(/[-:]/g, '');
/** 2025-10-07T13:00:00.000Z -> 2025-10-07T13:00:00Z */
const isoUtc = (instant: Date) => instant.toISOString().replace(/\.\d{3}/, '');

/**
 * Google Calendar's template link. Whole days: `dates=YYYYMMDD/YYYYMMDD` with the day after
 * the last; times: UTC instants with `ctz`, the gathering's zone, for the form's display.
 * Google needs an end: without one from the source, the entry ends when it starts.
 */
export function googleCalendarUrl(entry: CalendarEntry): string {
  const { time } = entry;
  const dates =
    time.kind === 'all-day'
      ? `${compactDay(time.start)}/${compactDay(time.endExclusive)}`
      : `${compactUtc(time.startUtc)}/${compactUtc(time.endUtc ?? time.startUtc)}`;
  return `https://calendar.google.com/calendar/render?${query([
    ['action', 'TEMPLATE'],
    ['text', entry.title],
    ['dates', dates],
    ['details', entry.details],
    ['location', entry.location],
    ...(time.kind === 'timed' ? ([['ctz', time.timeZone]] as [string, string][]) : []),
  ])}`;
}

/**
 * Outlook on the web's compose link. Whole days: dates with `allday=true` and the day after
 * the last as the end; times: ISO instants in UTC, with no end when the source gives none.
 */
export function outlookCalendarUrl(entry: CalendarEntry): string {
  const { time } = entry;
  const span: [string, string][] =
    time.kind === 'all-day'
      ? [
          ['startdt', time.start],
          ['enddt', time.endExclusive],
          ['allday', 'true'],
        ]
      : [
          ['startdt', isoUtc(time.startUtc)],
          ...(time.endUtc ? ([['enddt', isoUtc(time.endUtc)]] as [string, string][]) : []),
          ['allday', 'false'],
        ];
  return `https://outlook.live.com/calendar/0/deeplink/compose?${query([
    ['path', '/calendar/action/compose'],
    ['rru', 'addevent'],
    ['subject', entry.title],
    ...span,
    ['location', entry.location],
    ['body', entry.details],
  ])}`;
}
