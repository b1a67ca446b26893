import { describe, expect, it } from 'vitest';
import type { EcosystemSource } from '../../src/api/schemas';
import { fixtureEcosystem, fixtureRaw } from './test-fixtures';
import { formatError, validateData, type DataError } from './validate-data';

function errorsFor(ecosystems: (EcosystemSource | string)[]): DataError[] {
  const result = validateData(fixtureRaw(ecosystems));
  return result.ok ? [] : result.errors;
}

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
    ['a negative count', broken('memberOrganisations', -3), 'memberOrganisations', /negative/],
    ['a non-integer count', broken('meetingsPerYear', 4.5), 'meetingsPerYear', /whole number/],
    ['an unknown principle', broken('principles', ['be-nice']), 'principles.0', /./],
    ['an unknown theme', broken('themes', ['crypto']), 'themes.0', /./],
    ['an unknown field', broken('phone', '+45 1234'), '(record)', /phone/],
    ['a missing required field', broken('name', undefined), 'name', /./],
    ['an id that is not a slug', broken('id', 'South Denmark'), 'id', /slug/],
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

  it('rejects an illustrative record that names organisations', () => {
    const errors = errorsFor([
      fixtureEcosystem({
        illustrative: true,
        sources: [],
        estimates: ['memberOrganisations', 'meetingsPerYear', 'launchYear'],
      }),
    ]);
    expect(errors.map((error) => error.field)).toContain('leadOrganisations');
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

  it('accepts an illustrative record with estimates and no sources', () => {
    const record = fixtureEcosystem({
      illustrative: true,
      leadOrganisations: [],
      sources: [],
      estimates: ['memberOrganisations', 'meetingsPerYear', 'launchYear', 'stakeholderMix'],
    });
    expect(errorsFor([record])).toEqual([]);
  });
});
