// A tiny valid dataset that tests break one field at a time.
import type {
  EcosystemSource,
  EventSource,
  LocationSource,
  NetworkSource,
} from '../../src/api/schemas';
import type { RawDataset } from './validate-data';

export function fixtureLocations(): LocationSource[] {
  return [
    {
      id: 'denmark',
      label: 'Denmark',
      kind: 'country',
      iso: ['DK'],
      isoNumeric: ['208'],
      region: 'europe',
      centroid: [10, 56],
      radiusKm: 300,
    },
    {
      id: 'spain',
      label: 'Spain',
      kind: 'country',
      iso: ['ES'],
      isoNumeric: ['724'],
      region: 'europe',
      centroid: [-3.7, 40.2],
      radiusKm: 800,
    },
  ];
}

export function fixtureEcosystem(overrides: Partial<EcosystemSource> = {}): EcosystemSource {
  return {
    id: 'south-denmark',
    name: 'South Denmark',
    locationId: 'denmark',
    place: 'Odense',
    coordinates: [10.3883, 55.3959],
    category: 'Network programme',
    leadOrganisations: [{ name: 'Welfare Tech', website: 'https://en.welfaretech.dk' }],
    partners: [],
    supportedBy: [],
    description: 'A regional ecosystem.',
    advantages: ['Access to knowledge'],
    priorities: [],
    themes: ['telehealth'],
    principles: ['geographic-area'],
    stakeholderMix: { companies: 10, providers: 5 },
    memberOrganisations: 40,
    meetingsPerYear: 4,
    launchYear: 2016,
    status: 'active',
    programmes: [],
    website: 'https://en.welfaretech.dk',
    sources: [{ title: 'Page', url: 'https://en.welfaretech.dk/p', accessed: '2026-11-20' }],
    lastVerified: '2026-11-20',
    illustrative: false,
    estimates: [],
    ...overrides,
  };
}

export function fixtureNetwork(): NetworkSource {
  return {
    name: 'International Network of Digital Health Ecosystems',
    shortName: 'The network',
    description: 'Ecosystems around the world.',
    website: 'https://echalliance.com',
    figures: [
      {
        id: 'ecosystems-2022',
        label: 'Ecosystems',
        value: 70,
        display: '70+',
        asOf: '2022',
        source: { title: 'News', url: 'https://echalliance.com/news', accessed: '2026-11-20' },
      },
    ],
  };
}

export function fixtureEvents(): EventSource[] {
  return [
    {
      id: 'south-denmark-2026-q1',
      ecosystemId: 'south-denmark',
      title: 'Gathering',
      start: '2026-03-12T14:00:00+01:00',
      end: '2026-03-12T16:00:00+01:00',
      place: 'Odense',
      format: 'hybrid',
      illustrative: true,
    },
  ];
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** The fixture as files; pass ecosystems (or raw texts) to replace the default one. */
export function fixtureRaw(
  ecosystems: (EcosystemSource | string)[] = [fixtureEcosystem()],
): RawDataset {
  return {
    locations: { path: 'data/locations.json', text: json(fixtureLocations()) },
    network: { path: 'data/network.json', text: json(fixtureNetwork()) },
    events: { path: 'data/events.json', text: json(fixtureEvents()) },
    ecosystems: ecosystems.map((ecosystem, index) =>
      typeof ecosystem === 'string'
        ? { path: `data/ecosystems/raw-${index}.json`, text: ecosystem }
        : { path: `data/ecosystems/${ecosystem.id}.json`, text: json(ecosystem) },
    ),
  };
}
