// Records, gatherings and helpers the comparison's tests share (compare*.test.ts).
import type { AtlasEvent, Ecosystem } from '../api/documents';
import { compareRows, type CompareRowKey } from './compare';
import { LOCATIONS } from './test-data';

export const SOURCE = {
  id: 'page',
  title: 'A public page',
  url: 'https://example.org/page',
  published: null,
  accessed: '2026-11',
  verified: '2026-11',
};

export function record(id: string, locationId: string, extra: Partial<Ecosystem> = {}): Ecosystem {
  return {
    id,
    name: id,
    locationId,
    place: 'Somewhere',
    coordinates: [0, 0],
    placeholder: false,
    leadOrganisations: [],
    partners: [],
    supportedBy: [],
    advantages: [],
    priorities: [],
    themes: [],
    figures: {},
    sources: [SOURCE],
    lastVerified: '2026-11',
    ...extra,
  };
}

export function event(id: string, start: string, hosts: string[]): AtlasEvent {
  return { id, title: id, start, place: 'Hall', hosts, sources: [SOURCE] };
}

export const locationsById = new Map(LOCATIONS.map((location) => [location.id, location]));
export const EVENTS = [
  event('spring', '2024-03-01', ['odense']),
  event('autumn', '2024-10-01', ['odense', 'bilbao']),
  event('other', '2023-01-01', ['elsewhere']),
];
export const context = { locationsById, events: EVENTS };

export const odense = record('odense', 'denmark', {
  category: 'Regional ecosystem',
  leadOrganisations: [{ name: 'Welfare Tech' }],
  figures: { memberOrganisations: { value: 110, qualifier: 'at-least', source: 'page' } },
  founded: { date: '2017-04-24', source: 'page' },
  themes: ['telehealth'],
});
export const bilbao = record('bilbao', 'spain', {
  place: 'Basque Country',
  category: 'regional ecosystem ',
  leadOrganisations: [{ name: 'Basque Health Cluster' }],
  founded: { date: '2017-04-24', source: 'page' },
  themes: ['telehealth'],
});
export const belgium = record('belgium', 'denmark', { placeholder: true, sources: [] });

export const row = (rows: ReturnType<typeof compareRows>, key: string) => {
  const found = rows.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no row ${key}`);
  return found;
};

/** One row of the comparison of these ecosystems. */
export const cellsOf = (ecosystems: Ecosystem[], key: CompareRowKey, events = EVENTS) =>
  compareRows(ecosystems, { locationsById, events }, [key])[0];
