// One flat record per gathering, as events.csv publishes it: only what the record says, null
// where nothing is published, never a guess.
import type { EventSource } from '../api/event-schema';
import type { LocationSource } from '../api/schemas';
import { figureFields, type ExportValue } from './export-values';

/** The columns of events.csv, in order. */
export const EVENT_FIELDS = [
  'id',
  'title',
  'start',
  'end',
  'start_time',
  'end_time',
  'time_zone',
  'place',
  'location_id',
  'location_label',
  'format',
  'host_ids',
  'host_names',
  'organiser',
  'attendance',
  'attendance_qualifier',
  'attendance_counts',
  'attendance_source_url',
  'description',
  'source_urls',
] as const;
export type EventField = (typeof EVENT_FIELDS)[number];
export type EventRecord = Record<EventField, ExportValue>;

export interface EventExportContext {
  locationsById: ReadonlyMap<string, Pick<LocationSource, 'label'>>;
  /** The name of a hosting ecosystem, when the atlas has it. */
  nameOf: (id: string) => string | undefined;
}

export function eventRecord(
  event: EventSource,
  { locationsById, nameOf }: EventExportContext,
): EventRecord {
  const [attendance, qualifier, counts, attendanceSource] = figureFields(
    event.attendance,
    event.sources,
  );
  const names = event.hosts.flatMap((id) => nameOf(id) ?? []);
  return {
    id: event.id,
    title: event.title,
    start: event.start,
    end: event.end ?? null,
    start_time: event.startTime ?? null,
    end_time: event.endTime ?? null,
    time_zone: event.timeZone ?? null,
    place: event.place,
    location_id: event.locationId ?? null,
    location_label: event.locationId ? (locationsById.get(event.locationId)?.label ?? null) : null,
    format: event.format ?? null,
    host_ids: event.hosts.length > 0 ? event.hosts.join(' ') : null,
    host_names: names.length > 0 ? names.join('; ') : null,
    organiser: event.organiser ?? null,
    attendance,
    attendance_qualifier: qualifier,
    attendance_counts: counts,
    attendance_source_url: attendanceSource,
    description: event.description ?? null,
    source_urls: event.sources.map((source) => source.url).join(' '),
  };
}
