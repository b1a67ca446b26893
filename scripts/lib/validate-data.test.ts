import { beforeAll, describe, expect, it } from 'vitest';
import type { EcosystemSource } from '../../src/api/schemas';
import type { EventSource } from '../../src/api/event-schema';
import { loadCountryIndex, type CountryIndex } from './country-index';
import { fixtureEcosystem, fixtureEvents, fixturePlaceholder, fixtureRaw } from './test-fixtures';
import { formatError, validateData, type DataError } from './validate-data';

function errorsFor(ecosystems: (EcosystemSource | string)[]): DataError[] {
  const result = validateData(fixtureRaw(ecosystems));
  return result.ok ? [] : result.errors;
}

const [page] = fixtureEcosystem().sources as [EcosystemSource['sources'][number]];

/** Builds a record with one field replaced by a value the schema must refuse. */
const broken = (field: string, value: unknown): EcosystemSource => ({
  ...fixtureEcosystem(),
  [field]: value,
});

describe('validateData', () => {
  it('accepts a valid dataset', () => {
    const result = validateData(fixtureRaw());
    expect(result.ok).toBe(true);
  });

  it('accepts a check date as precise as the notes, even less precise than the page date', () => {
    const source = { ...page, published: '2026-11-20', accessed: '2026-11', verified: '2026' };
    expect(errorsFor([fixtureEcosystem({ sources: [source] })])).toEqual([]);
  });

  it('accepts leads of different dates, each naming the source that dates it', () => {
    const leadOrganisations = [
      { name: 'Founding lead', asOf: '2011', source: 'page' },
      { name: 'Later lead', asOf: '2022', source: 'page' },
    ];
    expect(errorsFor([fixtureEcosystem({ leadOrganisations })])).toEqual([]);
  });

  it.each([
    [
      'an unknown location',
      broken('locationId', 'atlantis'),
      'locationId',
      /unknown location "atlantis"/,
    ],
    ['coordinates out of range', broken('coordinates', [10, 95]), 'coordinates.1', /90/],
    [
      'coordinates far from the location',
      broken('coordinates', [-3.7, 40.4]),
      'coordinates',
      /km from the centre of Denmark/,
    ],
    ['swapped coordinates', broken('coordinates', [55.3959, 10.3883]), 'coordinates', /swapped/],
    ['a website that is not https', broken('website', 'http://example.org'), 'website', /https/],
    ['a javascript: website', broken('website', 'javascript:alert(1)'), 'website', /./],
    [
      'missing sources on a sourced record',
      broken('sources', []),
      'sources',
      /at least one source/,
    ],
    [
      'a negative count',
      broken('figures', { memberOrganisations: { value: -3, qualifier: 'exact', source: 'page' } }),
      'figures.memberOrganisations.value',
      /negative/,
    ],
    [
      'a non-integer count',
      broken('figures', { meetingsPerYear: { value: 4.5, qualifier: 'exact', source: 'page' } }),
      'figures.meetingsPerYear.value',
      /whole number/,
    ],
    [
      'a figure without a source',
      broken('figures', { memberOrganisations: { value: 60, qualifier: 'exact' } }),
      'figures.memberOrganisations.source',
      /./,
    ],
    [
      'a figure naming a source the record does not cite',
      broken('figures', { memberOrganisations: { value: 60, qualifier: 'exact', source: 'blog' } }),
      'figures.memberOrganisations.source',
      /names source "blog", which is not in this record's sources/,
    ],
    [
      'a founding date without a source',
      broken('founded', { date: '2016' }),
      'founded.source',
      /./,
    ],
    [
      'a joining date naming an unknown source',
      broken('joinedNetwork', { date: '2016', source: 'rumour' }),
      'joinedNetwork.source',
      /not in this record's sources/,
    ],
    [
      'a figure at the top level, outside figures',
      broken('memberOrganisations', 60),
      '(record)',
      /memberOrganisations/,
    ],
    [
      'a date more precise than a date',
      broken('founded', { date: '2016-13', source: 'page' }),
      'founded.date',
      /YYYY/,
    ],
    ['an unknown theme', broken('themes', ['crypto']), 'themes.0', /./],
    ['an unknown field', broken('phone', '+45 1234'), '(record)', /phone/],
    ['a missing required field', broken('name', undefined), 'name', /./],
    ['an id that is not a slug', broken('id', 'South Denmark'), 'id', /slug/],
    [
      'a source checked before it was published',
      broken('sources', [{ ...page, published: '2026-12-01', verified: '2026-11' }]),
      'sources.0.verified',
      /before the page was published \(2026-12-01\)/,
    ],
    [
      'a source checked before it was first read',
      broken('sources', [{ ...page, accessed: '2026-11-20', verified: '2025' }]),
      'sources.0.verified',
      /before the page was first read/,
    ],
    [
      'a source without its check date',
      broken('sources', [{ ...page, verified: undefined }]),
      'sources.0.verified',
      /./,
    ],
    [
      'a lead dated by no source',
      broken('leadOrganisations', [{ name: 'Welfare Tech', asOf: '2011' }]),
      'leadOrganisations.0',
      /asOf and source go together/,
    ],
    [
      'a lead naming a source the record does not cite',
      broken('leadOrganisations', [{ name: 'Welfare Tech', asOf: '2011', source: 'memory' }]),
      'leadOrganisations.0.source',
      /names source "memory"/,
    ],
  ])('rejects %s and names the field', (_label, record, field, message) => {
    const errors = errorsFor([record]);
    const match = errors.find((error) => error.field === field);
    expect(match, JSON.stringify(errors)).toBeDefined();
    expect(match?.message).toMatch(message);
    expect(match?.file).toMatch(/^data\/ecosystems\//);
  });

  it('rejects duplicate ids', () => {
    const errors = errorsFor([fixtureEcosystem(), JSON.stringify(fixtureEcosystem())]);
    expect(errors.map(formatError)).toContainEqual(
      expect.stringMatching(/\[south-denmark\] id: duplicate id/),
    );
  });

  it('rejects malformed JSON and names the file', () => {
    const errors = errorsFor(['{ "id": "x", ']);
    expect(errors.map(formatError)).toContainEqual(
      expect.stringMatching(/^data\/ecosystems\/raw-0\.json \[raw-0\] \(file\): malformed JSON/),
    );
  });

  it.each([
    [
      'a figure',
      { figures: { memberOrganisations: { value: 9, qualifier: 'exact', source: 'p' } } },
      'figures',
    ],
    ['an organisation', { leadOrganisations: [{ name: 'Someone' }] }, 'leadOrganisations'],
    ['a founding date', { founded: { date: '2020', source: 'p' } }, 'founded'],
    ['a description', { description: 'A plausible sentence.' }, 'description'],
    ['a theme', { themes: ['telehealth'] }, 'themes'],
  ] as const)('rejects a placeholder with %s, by name', (_label, extra, field) => {
    const sources = [
      {
        id: 'p',
        title: 'P',
        url: 'https://e.org',
        published: null,
        accessed: '2026',
        verified: '2026',
      },
    ];
    const errors = errorsFor([
      fixtureEcosystem(),
      fixturePlaceholder({ ...(extra as Partial<EcosystemSource>), sources }),
    ]);
    const match = errors.find((error) => error.field === field);
    expect(match, JSON.stringify(errors)).toBeDefined();
    expect(formatError(match as DataError)).toMatch(
      /^data\/ecosystems\/ecosystem-in-spain\.json \[ecosystem-in-spain\] .*placeholder carries no facts/,
    );
  });

  it('accepts a placeholder with its location and map point only', () => {
    expect(errorsFor([fixtureEcosystem(), fixturePlaceholder()])).toEqual([]);
  });

  it('rejects a record with public details but no source or description', () => {
    const fields = errorsFor([
      fixtureEcosystem({ sources: [], figures: {}, founded: undefined, description: undefined }),
    ]).map((error) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['sources', 'description']));
  });

  it('reports every error, not just the first', () => {
    const errors = errorsFor([
      broken('website', 'http://a.example'),
      { ...fixtureEcosystem({ id: 'second', locationId: 'atlantis' }) },
    ]);
    expect(errors.map(formatError)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^data\/ecosystems\/south-denmark\.json \[south-denmark\] website: /),
        expect.stringMatching(/^data\/ecosystems\/second\.json \[second\] locationId: /),
      ]),
    );
  });
});

describe('validateData on gatherings', () => {
  const event = fixtureEvents()[0] as EventSource;
  const errorsOf = (changes: Partial<EventSource>) => {
    const result = validateData(fixtureRaw([fixtureEcosystem()], [{ ...event, ...changes }]));
    return result.ok ? [] : result.errors;
  };

  it.each([
    ['a gathering without a source', { sources: [] }, 'sources', /./],
    ['an unknown host', { hosts: ['atlantis'] }, 'hosts.0', /unknown ecosystem "atlantis"/],
    ['a time without a time zone', { startTime: '14:00' }, 'timeZone', /time zone/],
    [
      'an unknown time zone',
      { startTime: '14:00', timeZone: 'Mars/Olympus' },
      'timeZone',
      /unknown/,
    ],
    ['an end before the start', { end: '2017-04-20' }, 'end', /after start/],
    ['a zone name without its IANA zone', { timeZoneName: 'CET' }, 'timeZoneName', /IANA/],
    [
      'attendance naming no source of the gathering',
      { attendance: { value: 5, qualifier: 'exact', source: 'x' } },
      'attendance.source',
      /not in this record's sources/,
    ],
    [
      'an invented field',
      { illustrative: true } as Partial<EventSource>,
      '(record)',
      /illustrative/,
    ],
  ] as const)('rejects %s, by name', (_label, changes, field, message) => {
    const match = errorsOf(changes as Partial<EventSource>).find((error) => error.field === field);
    expect(match).toBeDefined();
    expect(match?.message).toMatch(message);
    expect(match?.id).toBe('2017-founding-meeting');
  });
});

describe('validateData with country shapes (Natural Earth 1:10m)', () => {
  let countries: CountryIndex;
  beforeAll(async () => {
    countries = await loadCountryIndex();
  });
  const errorsAt = (coordinates: [number, number]) => {
    const result = validateData(fixtureRaw([fixtureEcosystem({ coordinates })]), { countries });
    return result.ok ? [] : result.errors;
  };

  it('rejects a point outside its own country, by file, record and field', () => {
    // Malmö is 190 km from Denmark's centre, but in Sweden.
    const errors = errorsAt([13.0038, 55.605]);
    expect(errors.map(formatError)).toEqual([
      expect.stringMatching(
        /^data\/ecosystems\/south-denmark\.json \[south-denmark\] coordinates: outside Denmark .*code 752/,
      ),
    ]);
  });

  it('rejects a point at sea', () => {
    expect(errorsAt([11.2, 56.6]).map((error) => error.message)).toEqual([
      expect.stringMatching(/lies at sea/),
    ]);
  });

  it('accepts coastal cities, within about a kilometre of the shore', () => {
    expect(errorsAt([12.5683, 55.6761])).toEqual([]); // Copenhagen
    expect(errorsAt([10.2039, 56.1629])).toEqual([]); // Aarhus harbour
  });
});
