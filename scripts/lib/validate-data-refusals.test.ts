// The records the data's checks refuse, each with the field and the reason they name.
import { describe, expect, it } from 'vitest';
import { broken, errorsFor, page } from './test-validate';

describe('validateData refuses a record', () => {
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
});
