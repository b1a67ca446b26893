import { describe, expect, it } from 'vitest';
import type { EcosystemSource } from '../../src/api/schemas';
import { fixtureEcosystem, fixturePlaceholder, fixtureRaw } from './test-fixtures';
import { broken, errorsFor, page } from './test-validate';
import { formatError, validateData, type DataError } from './validate-data';

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
