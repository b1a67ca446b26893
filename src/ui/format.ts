// Number and date formats for figures as their sources state them.
import type { Qualifier } from '../api/schemas';

const LOCALE = 'en-GB';
const NUMBER = new Intl.NumberFormat(LOCALE);

export const formatCount = (value: number): string => NUMBER.format(value);

/** "110+", "about 260", "60": a number with the qualifier its source gives it. */
export function formatFigure({
  value,
  qualifier,
}: {
  value: number;
  qualifier: Qualifier;
}): string {
  if (qualifier === 'at-least') return `${NUMBER.format(value)}+`;
  if (qualifier === 'about') return `about ${NUMBER.format(value)}`;
  return NUMBER.format(value);
}

const MONTHS = new Intl.DateTimeFormat(LOCALE, {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const DAYS = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2023", "Nov 2019" or "24 Apr 2017": as precise as the date given, never more. */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || month === undefined) return date;
  const utc = new Date(Date.UTC(year, month - 1, day ?? 1));
  return day === undefined ? MONTHS.format(utc) : DAYS.format(utc);
}

const DAY_WITH_WEEKDAY = new Intl.DateTimeFormat(LOCALE, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

const utcDay = (date: string) => {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
};

/** "Fri, 12 Jan 2018", "27–28 Nov 2019" or "Nov 2019", then the local time if known. */
export function formatEventWhen(event: {
  start: string;
  end?: string | undefined;
  startTime?: string | undefined;
  endTime?: string | undefined;
  timeZone?: string | undefined;
}): string {
  let when: string;
  if (event.start.length < 10) when = formatPartialDate(event.start);
  else if (event.end) when = DAYS.formatRange(utcDay(event.start), utcDay(event.end));
  else when = DAY_WITH_WEEKDAY.format(utcDay(event.start));
  if (!event.startTime) return when;
  const time = event.endTime ? `${event.startTime}–${event.endTime}` : event.startTime;
  return `${when}, ${time} (${event.timeZone ?? 'local time'})`;
}
