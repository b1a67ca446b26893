// The data's checks on gatherings, and on map points against the countries' shapes.
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventSource } from '../../src/api/event-schema';
import { loadCountryIndex, type CountryIndex } from './country-index';
import { fixtureEcosystem, fixtureEvents, fixtureRaw } from './test-fixtures';
import { formatError, validateData } from './validate-data';

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
