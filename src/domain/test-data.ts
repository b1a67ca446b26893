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
    category: 'Regional ecosystem',
    themes: [],
    principles: [],
    stakeholderMix: {},
    memberOrganisations: 10,
    meetingsPerYear: 4,
    launchYear: 2020,
    status: 'active',
    illustrative: false,
    leads: [],
    ...extra,
  };
}

export const ECOSYSTEMS: EcosystemSummary[] = [
  summary('odense', 'denmark', {
    name: 'South Denmark eHealth',
    themes: ['telehealth', 'active-healthy-ageing'],
    leads: ['Welfare Tech'],
    memberOrganisations: 60,
  }),
  summary('bilbao', 'spain', {
    name: 'Basque Health',
    themes: ['medtech'],
    leads: ['Basque Health Cluster'],
    memberOrganisations: 110,
    launchYear: 2023,
  }),
  summary('barcelona', 'spain', {
    name: 'Catalan eHealth',
    themes: ['telehealth', 'data-ai'],
    memberOrganisations: 45,
    meetingsPerYear: 5,
  }),
  summary('inverness', 'scotland', {
    name: 'Highlands and Islands',
    themes: ['rural-health', 'mental-health'],
    place: 'Inverness',
    launchYear: 2018,
  }),
  summary('cardiff', 'wales', {
    name: 'Digital Health Wales',
    themes: ['data-ai'],
    launchYear: 2018,
  }),
  summary('copenhagen', 'scandinavia', {
    name: 'Scandinavian Ecosystem',
    themes: ['telehealth'],
    illustrative: true,
  }),
  summary('boston', 'usa', {
    name: 'US Ecosystem',
    themes: ['data-ai'],
    illustrative: true,
    memberOrganisations: 30,
  }),
];
