// A tiny valid dataset that tests break one field at a time.
import type { EventSource } from '../../src/api/event-schema';
import type { NetworkSource } from '../../src/api/network-schema';
import type { EcosystemSource, LocationSource } from '../../src/api/schemas';
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
    placeholder: false,
    category: 'Network programme',
    leadOrganisations: [{ name: 'Welfare Tech', website: 'https://en.welfaretech.dk' }],
    partners: [],
    supportedBy: [],
    description: 'A regional ecosystem.',
    advantages: ['Access to knowledge'],
    priorities: [],
    themes: ['telehealth'],
    figures: { meetingsPerYear: { value: 4, qualifier: 'at-least', source: 'page' } },
    founded: { date: '2017-04-24', source: 'page' },
    website: 'https://en.welfaretech.dk',
    sources: [
      {
        id: 'page',
        title: 'Page',
        url: 'https://en.welfaretech.dk/p',
        published: null,
        accessed: '2026-11-20',
        verified: '2026-11-20',
      },
    ],
    lastVerified: '2026-11-20',
    ...overrides,
  };
}

/** A location the network lists with no public facts: its location and map point only. */
export function fixturePlaceholder(overrides: Partial<EcosystemSource> = {}): EcosystemSource {
  return {
    id: 'ecosystem-in-spain',
    name: 'Ecosystem in Spain',
    locationId: 'spain',
    place: 'Spain',
    coordinates: [-3.7, 40.2],
    placeholder: true,
    leadOrganisations: [],
    partners: [],
    supportedBy: [],
    advantages: [],
    priorities: [],
    themes: [],
    figures: {},
    sources: [],
    lastVerified: '2026-11',
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
        metric: 'ecosystems',
        value: 70,
        qualifier: 'at-least',
        display: '70+',
        asOf: '2022',
        headline: true,
        source: {
          title: 'News',
          url: 'https://echalliance.com/news',
          published: '2022',
          accessed: '2026-11-20',
          verified: '2026-11-20',
        },
      },
    ],
    minimums: {
      meetingsPerYear: {
        value: 4,
        qualifier: 'at-least',
        source: {
          title: 'What is an ecosystem',
          url: 'https://echalliance.com/page/Whatisanecosystem',
          published: null,
          accessed: '2026-11-20',
          verified: '2026-11-20',
        },
      },
    },
  };
}

export function fixtureEvents(): EventSource[] {
  return [
    {
      id: '2017-founding-meeting',
      title: 'Founding meeting',
      start: '2017-04-24',
      place: 'Odense',
      locationId: 'denmark',
      format: 'in-person',
      hosts: ['south-denmark'],
      attendance: { value: 30, qualifier: 'about', counts: 'attendees', source: 'report' },
      sources: [
        {
          id: 'report',
          title: 'Report',
          url: 'https://example.org/report',
          published: '2017-05',
          accessed: '2026-11-20',
          verified: '2026-11-20',
        },
      ],
    },
  ];
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** The fixture as files; pass ecosystems (or raw texts) to replace the default one. */
export function fixtureRaw(
  ecosystems: (EcosystemSource | string)[] = [fixtureEcosystem()],
  events: unknown[] = fixtureEvents(),
): RawDataset {
  return {
    locations: { path: 'data/locations.json', text: json(fixtureLocations()) },
    network: { path: 'data/network.json', text: json(fixtureNetwork()) },
    events: { path: 'data/events.json', text: json(events) },
    ecosystems: ecosystems.map((ecosystem, index) =>
      typeof ecosystem === 'string'
        ? { path: `data/ecosystems/raw-${index}.json`, text: ecosystem }
        : { path: `data/ecosystems/${ecosystem.id}.json`, text: json(ecosystem) },
    ),
  };
}
