// A gathering (data/events.json): real and sourced, dated only as precisely as its source.
import * as z from 'zod/mini';
import { Figure, IsoDate, PartialDate, Slug, Source, text } from './schemas';

/** A clock time, HH:MM, in the gathering's own time zone. */
export const ClockTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM'));

/** A gathering with a public source. Dates are as precise as the source; nothing is guessed. */
export const EventSource = z.strictObject({
  id: Slug,
  title: text(1, 200),
  /** First day (YYYY-MM-DD), or only the month (YYYY-MM) when the source gives no day. */
  start: PartialDate,
  /** Last day of a gathering over several days (YYYY-MM-DD, inclusive). */
  end: z.optional(IsoDate),
  /** Local start and end time, when the source gives them; then `timeZone` is required. */
  startTime: z.optional(ClockTime),
  endTime: z.optional(ClockTime),
  /**
   * IANA time zone of the gathering ("Europe/Dublin"), the one that gives the instant the source
   * means: a source's "15:00 CET" in October is `Etc/GMT-1` (UTC+1), not Brussels' summer time.
   */
  timeZone: z.optional(text(1, 64)),
  /** The zone as the source writes it ("CET"), to show beside the time when it is not the id. */
  timeZoneName: z.optional(text(1, 40)),
  /** The venue and place as the source names them. */
  place: text(1, 200),
  /** The listed location it took place in, when it did (absent for online gatherings). */
  locationId: z.optional(Slug),
  format: z.optional(z.enum(['in-person', 'online', 'hybrid'])),
  /** Ecosystems that hosted it; empty for a gathering of the whole network. */
  hosts: z.array(Slug),
  /** Who organised it when no ecosystem of the atlas did ("ECHAlliance"). */
  organiser: z.optional(text(1, 200)),
  description: z.optional(text(1, 1000)),
  /** Attendance or registrations, as the source counts them. */
  attendance: z.optional(Figure),
  sources: z.array(Source).check(z.minLength(1)),
});
export type EventSource = z.infer<typeof EventSource>;
