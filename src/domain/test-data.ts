// Small hand-made records for the domain tests: counts here are computed by hand.
import type { EcosystemSummary, Location } from '../api/documents';

function location(
  id: string,
  region: Location['region'],
  iso: string[],
  isoNumeric: string[],
): Location {
  return {
    id,
    label: id.replace(/-/g, ' ').replace(/^\w/, (c) => c.toUpperCase()),
    kind: 'country',
    iso,
    isoNumeric,
    region,
    centroid: [0, 0],
    radiusKm: 500,
    ecosystemCount: 0,
  };
}

export const LOCATIONS: Location[] = [
  location('denmark', 'europe', ['DK'], ['208']),
  location('spain', 'europe', ['ES'], ['724']),
  { ...location('scotland', 'europe', ['GB'], ['826']), kind: 'nation', subdivision: 'GB-SCT' },
  { ...location('wales', 'europe', ['GB'], ['826']), kind: 'nation', subdivision: 'GB-WLS' },
  {
    ...location('scandinavia', 'europe', ['DK', 'NO', 'SE'], ['208', '578', '752']),
    kind: 'cross-border',
  },
  location('usa', 'north-america', ['US'], ['840']),
];

export function summary(
  id: string,
  locationId: string,
  extra: Partial<EcosystemSummary> = {},
): EcosystemSummary {
  return {
    id,
    name: id,
    locationId,
    place: 'Somewhere',
    coordinates: [10.123456789, 55.987654321],
    placeholder: false,
    category: 'Regional ecosystem',
    themes: [],
    figures: {},
    leads: [],
    sources: [],
    ...extra,
  };
}

const SOURCE = {
  id: 'page',
  title: 'A public page',
  url: 'https://example.org/page',
  published: '2022-03',
  accessed: '2026-11-20',
  verified: '2026-11-20',
};

/** A published member count, as a source states it. */
export const members = (value: number, qualifier: 'exact' | 'at-least' | 'about' = 'exact') => ({
  figures: { memberOrganisations: { value, qualifier, source: 'page' } },
  sources: [SOURCE],
});

/** A published year of joining the network. */
export const joined = (date: string) => ({
  joinedNetwork: { date, source: 'page' },
  sources: [SOURCE],
});

export const ECOSYSTEMS: EcosystemSummary[] = [
  summary('odense', 'denmark', {
    name: 'South Denmark eHealth',
    themes: ['telehealth', 'active-healthy-ageing'],
    leads: ['Welfare Tech'],
    ...members(60),
  }),
  summary('bilbao', 'spain', {
    name: 'Basque Health',
    themes: ['medtech'],
    leads: ['Basque Health Cluster'],
    ...members(110, 'at-least'),
    ...joined('2023'),
  }),
  summary('barcelona', 'spain', {
    name: 'Catalan eHealth',
    themes: ['telehealth', 'data-ai'],
  }),
  summary('inverness', 'scotland', {
    name: 'Highlands and Islands',
    themes: ['rural-health', 'mental-health'],
    place: 'Inverness',
    ...joined('2018-11-26'),
  }),
  summary('cardiff', 'wales', {
    name: 'Digital Health Wales',
    themes: ['data-ai'],
    ...members(260, 'about'),
    ...joined('2018'),
  }),
  summary('copenhagen', 'scandinavia', {
    name: 'Scandinavian Ecosystem',
    themes: ['telehealth'],
    ...joined('2021-02-11'),
  }),
  summary('boston', 'usa', {
    name: 'Ecosystem in USA',
    place: 'USA',
    placeholder: true,
  }),
];
