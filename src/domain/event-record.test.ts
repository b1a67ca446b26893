import { describe, expect, it } from 'vitest';
import type { EventSource } from '../api/event-schema';
import { EVENT_FIELDS, eventRecord, type EventExportContext } from './export-record';

const LOCATION_LABELS: EventExportContext['locationsById'] = new Map([
  ['denmark', { label: 'Denmark' }],
]);
const names: Record<string, string> = { odense: 'South Denmark eHealth', bilbao: 'Basque Health' };
const eventContext: EventExportContext = {
  locationsById: LOCATION_LABELS,
  nameOf: (id) => names[id],
};

const PROGRAMME = {
  id: 'programme',
  title: 'Programme',
  url: 'https://example.org/programme',
  published: '2024-09',
  accessed: '2024-10-01',
  verified: '2024-10-01',
};
const REPORT = { ...PROGRAMME, id: 'report', url: 'https://example.org/report' };

describe('eventRecord', () => {
  it('writes every field of a gathering that publishes everything', () => {
    const gathering: EventSource = {
      id: 'odense-summit',
      title: 'Odense Summit',
      start: '2024-10-01',
      end: '2024-10-02',
      startTime: '09:00',
      endTime: '17:30',
      timeZone: 'Europe/Copenhagen',
      place: 'Odense Congress Centre',
      locationId: 'denmark',
      format: 'hybrid',
      hosts: ['odense', 'bilbao'],
      organiser: 'ECHAlliance',
      description: 'Two days on telehealth.',
      attendance: { value: 300, qualifier: 'about', counts: 'registrations', source: 'report' },
      sources: [PROGRAMME, REPORT],
    };
    expect(eventRecord(gathering, eventContext)).toEqual({
      id: 'odense-summit',
      title: 'Odense Summit',
      start: '2024-10-01',
      end: '2024-10-02',
      start_time: '09:00',
      end_time: '17:30',
      time_zone: 'Europe/Copenhagen',
      place: 'Odense Congress Centre',
      location_id: 'denmark',
      location_label: 'Denmark',
      format: 'hybrid',
      host_ids: 'odense bilbao',
      host_names: 'South Denmark eHealth; Basque Health',
      organiser: 'ECHAlliance',
      attendance: 300,
      attendance_qualifier: 'about',
      attendance_counts: 'registrations',
      attendance_source_url: 'https://example.org/report',
      description: 'Two days on telehealth.',
      source_urls: 'https://example.org/programme https://example.org/report',
    });
  });

  it('writes null for what a gathering of the whole network does not publish', () => {
    const online: EventSource = {
      id: 'webinar',
      title: 'Webinar',
      start: '2024-11',
      place: 'Online',
      hosts: [],
      sources: [PROGRAMME],
    };
    const record = eventRecord(online, eventContext);
    expect(record).toEqual({
      id: 'webinar',
      title: 'Webinar',
      start: '2024-11',
      end: null,
      start_time: null,
      end_time: null,
      time_zone: null,
      place: 'Online',
      location_id: null,
      location_label: null,
      format: null,
      host_ids: null,
      host_names: null,
      organiser: null,
      attendance: null,
      attendance_qualifier: null,
      attendance_counts: null,
      attendance_source_url: null,
      description: null,
      source_urls: 'https://example.org/programme',
    });
    expect(Object.keys(record)).toEqual([...EVENT_FIELDS]);
  });

  it('names only the hosts the atlas knows, and no names when it knows none', () => {
    const base: EventSource = {
      id: 'meet-up',
      title: 'Meet-up',
      start: '2024-05-01',
      place: 'Hall',
      locationId: 'atlantis',
      hosts: ['unknown', 'bilbao'],
      sources: [PROGRAMME],
    };
    expect(eventRecord(base, eventContext)).toMatchObject({
      location_id: 'atlantis',
      location_label: null,
      host_ids: 'unknown bilbao',
      host_names: 'Basque Health',
    });
    expect(eventRecord({ ...base, hosts: ['unknown'] }, eventContext)).toMatchObject({
      host_ids: 'unknown',
      host_names: null,
    });
  });
});
