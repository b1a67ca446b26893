// Wall-clock times in an IANA time zone and the instants they name, through Intl alone (no
// time-zone database of our own): the calendar files, the calendar links and the visitor's
// local time all convert a gathering's "15:00 in Europe/Brussels" the same way.

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's offset from UTC at an instant, in minutes (Brussels in October: 120). */
export function offsetAt(instant: number, timeZone: string): number {
  const parts = new Map(
    partsFormatter(timeZone)
      .formatToParts(new Date(instant))
      .map((part) => [part.type, Number(part.value)]),
  );
  const wall = Date.UTC(
    parts.get('year') ?? 0,
    (parts.get('month') ?? 1) - 1,
    parts.get('day') ?? 1,
    parts.get('hour') ?? 0,
    parts.get('minute') ?? 0,
    parts.get('second') ?? 0,
  );
  // Intl drops the milliseconds: compare with the instant at whole seconds.
  return Math.round((wall - Math.floor(instant / 1000) * 1000) / 60_000);
}

/** The instant of a wall-clock time ("2025-10-07", "15:00") in a time zone. */
export function zonedTimeToUtc(date: string, time: string, timeZone: string): Date {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The offset at the wall time read as UTC is at most one transition away from the right one.
  const first = wall - offsetAt(wall, timeZone) * 60_000;
  const second = wall - offsetAt(first, timeZone) * 60_000;
  return new Date(second);
}

/** A day of the calendar plus or minus whole days: "2019-11-28" + 1 = "2019-11-29". */
export function addDays(date: string, days: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
