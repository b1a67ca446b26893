// The start and end of a calendar entry as ical-generator takes them: a wall-clock time in the
// gathering's own zone (as the Temporal objects it accepts), or a whole day.
import type { ICalTemporalPlainDateTimeStub, ICalTemporalZonedDateTimeStub } from 'ical-generator';
import type { WallTime } from '../../src/domain/calendar';

/**
 * A wall-clock time in a zone, as the Temporal objects ical-generator accepts: with a plain
 * Date it would read the wall time in the build machine's own zone.
 */
export function wallTime({ date, time }: WallTime, timeZone: string, instant: Date) {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  const fields = { year, month, day, hour, minute, second: 0 };
  const text = `${date}T${time}:00`;
  const plain: ICalTemporalPlainDateTimeStub = {
    ...fields,
    toJSON: () => text,
    toString: () => text,
    toPlainDate: () => ({ year, month, day, toJSON: () => date, toString: () => date }),
    toZonedDateTime: () => zoned,
  };
  const zoned: ICalTemporalZonedDateTimeStub = {
    ...fields,
    timeZoneId: timeZone,
    toInstant: () => ({
      epochMilliseconds: instant.getTime(),
      toJSON: () => instant.toISOString(),
      toString: () => instant.toISOString(),
      toZonedDateTimeISO: () => zoned,
    }),
    toJSON: () => `${text}[${timeZone}]`,
    toString: () => `${text}[${timeZone}]`,
    toPlainDateTime: () => plain,
    withTimeZone: (zone) => {
      if (zone !== timeZone) throw new Error(`${text} is a wall time in ${timeZone}, not ${zone}`);
      return zoned;
    },
  };
  return plain;
}

/** The day an all-day entry starts or ends on, at midnight UTC. */
export const utcDay = (date: string) => new Date(`${date}T00:00:00Z`);
