// A VTIMEZONE (RFC 5545 3.6.5) for an IANA zone, read from Intl: every TZID in a calendar
// file must be defined in that file. It holds the observance in force at each of the given
// instants (from the zone's last change of offset before it), which is all a reader needs to
// place those entries; no rules are guessed for other years.
import { offsetAt } from '../../src/domain/time-zone';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** How far back to look for the last change of offset; zones change at least yearly or never. */
const LOOK_BACK_DAYS = 400;

interface Observance {
  /** The instant the offset starts. */
  at: number;
  from: number;
  to: number;
}

/** The last change of offset at or before `instant`, or a fixed offset since a year before. */
function observanceAt(instant: number, timeZone: string): Observance {
  const to = offsetAt(instant, timeZone);
  let later = instant;
  for (let day = 1; day <= LOOK_BACK_DAYS; day += 1) {
    const earlier = instant - day * DAY;
    if (offsetAt(earlier, timeZone) !== to) {
      let low = earlier;
      let high = later;
      while (high - low > MINUTE) {
        const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
        if (offsetAt(middle, timeZone) === to) high = middle;
        else low = middle;
      }
      return { at: high, from: offsetAt(low, timeZone), to };
    }
    later = earlier;
  }
  return { at: instant - LOOK_BACK_DAYS * DAY, from: to, to };
}

/** +0200, -0330 */
function utcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const size = Math.abs(minutes);
  return `${sign}${String(Math.floor(size / 60)).padStart(2, '0')}${String(size % 60).padStart(2, '0')}`;
}

/** The local time an observance starts, in the offset before it, as RFC 5545 writes it. */
function localStart({ at, from }: Observance): string {
  return new Date(at + from * MINUTE).toISOString().slice(0, 19).replace(/[-:]/g, '');
}

/** The VTIMEZONE for `timeZone` that covers every one of `instants`. */
export function vtimezone(timeZone: string, instants: readonly number[]): string {
  const observances = new Map<number, Observance>();
  for (const instant of instants) {
    const observance = observanceAt(instant, timeZone);
    observances.set(observance.at, observance);
  }
  const components = [...observances.values()]
    .sort((a, b) => a.at - b.at)
    .flatMap((observance) => {
      const kind = observance.to > observance.from ? 'DAYLIGHT' : 'STANDARD';
      return [
        `BEGIN:${kind}`,
        `DTSTART:${localStart(observance)}`,
        `TZOFFSETFROM:${utcOffset(observance.from)}`,
        `TZOFFSETTO:${utcOffset(observance.to)}`,
        `END:${kind}`,
      ];
    });
  return ['BEGIN:VTIMEZONE', `TZID:${timeZone}`, ...components, 'END:VTIMEZONE'].join('\r\n');
}
