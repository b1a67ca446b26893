import { describe, expect, it } from 'vitest';
import type { AtlasEvent, Ecosystem } from '../api/documents';
import { compareRows, differs, hostedBy } from './compare';
import { LOCATIONS } from './test-data';

const SOURCE = {
  id: 'page',
  title: 'A public page',
  url: 'https://example.org/page',
  published: null,
  accessed: '2026-11',
  verified: '2026-11',
};

function record(id: string, locationId: string, extra: Partial<Ecosystem> = {}): Ecosystem {
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

function event(id: string, start: string, hosts: string[]): AtlasEvent {
  return { id, title: id, start, place: 'Hall', hosts, sources: [SOURCE] };
}

const locationsById = new Map(LOCATIONS.map((location) => [location.id, location]));
const EVENTS = [
  event('spring', '2024-03-01', ['odense']),
  event('autumn', '2024-10-01', ['odense', 'bilbao']),
  event('other', '2023-01-01', ['elsewhere']),
];
const context = { locationsById, events: EVENTS };

const odense = record('odense', 'denmark', {
  category: 'Regional ecosystem',
  leadOrganisations: [{ name: 'Welfare Tech' }],
  figures: { memberOrganisations: { value: 110, qualifier: 'at-least', source: 'page' } },
  founded: { date: '2017-04-24', source: 'page' },
  themes: ['telehealth'],
});
const bilbao = record('bilbao', 'spain', {
  place: 'Basque Country',
  category: 'regional ecosystem ',
  leadOrganisations: [{ name: 'Basque Health Cluster' }],
  founded: { date: '2017-04-24', source: 'page' },
  themes: ['telehealth'],
});
const belgium = record('belgium', 'denmark', { placeholder: true, sources: [] });

const row = (rows: ReturnType<typeof compareRows>, key: string) => {
  const found = rows.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no row ${key}`);
  return found;
};

describe('compareRows', () => {
  const rows = compareRows([odense, bilbao], context);

  it('gives every row one cell per ecosystem, in the order chosen', () => {
    expect(rows.map((item) => item.key)).toEqual([
      'location',
      'category',
      'leads',
      'founded',
      'joinedNetwork',
      'memberOrganisations',
      'meetingsPerYear',
      'principles',
      'stakeholders',
      'themes',
      'gatherings',
      'sources',
    ]);
    expect(row(rows, 'location').cells).toEqual([
      {
        kind: 'location',
        locationId: 'denmark',
        label: 'Denmark',
        place: 'Somewhere',
        region: 'europe',
      },
      {
        kind: 'location',
        locationId: 'spain',
        label: 'Spain',
        place: 'Basque Country',
        region: 'europe',
      },
    ]);
  });

  it('marks the rows whose values differ, and only those', () => {
    const marked = rows.filter((item) => item.differs).map((item) => item.key);
    expect(marked).toEqual(['location', 'leads', 'memberOrganisations', 'gatherings']);
  });

  it('says what no source gives instead of guessing, and the meetings minimum', () => {
    expect(row(rows, 'memberOrganisations').cells[1]).toEqual({ kind: 'not-published' });
    expect(row(rows, 'joinedNetwork').cells).toEqual([
      { kind: 'not-published' },
      { kind: 'not-published' },
    ]);
    expect(row(rows, 'meetingsPerYear').cells[0]).toEqual({ kind: 'minimum', minimum: 4 });
    expect(row(rows, 'principles').cells[0]).toEqual({ kind: 'principles', count: 9 });
  });

  it('lists the gatherings each hosted, latest first', () => {
    const [first, second] = row(rows, 'gatherings').cells;
    expect(first?.kind === 'gatherings' && first.events.map((item) => item.id)).toEqual([
      'autumn',
      'spring',
    ]);
    expect(second?.kind === 'gatherings' && second.events.map((item) => item.id)).toEqual([
      'autumn',
    ]);
    expect(hostedBy('nobody', EVENTS)).toEqual([]);
  });

  it('a placeholder answers only its location, the minimum, the principles and its sources', () => {
    const withPlaceholder = compareRows([odense, belgium], context);
    const cells = withPlaceholder.map((item) => item.cells[1]?.kind);
    expect(cells).toEqual([
      'location',
      'not-public',
      'not-public',
      'not-public',
      'not-public',
      'not-public',
      'minimum',
      'principles',
      'not-public',
      'not-public',
      'not-public',
      'sources',
    ]);
    expect(row(withPlaceholder, 'joinedNetwork').differs).toBe(true);
    expect(row(withPlaceholder, 'meetingsPerYear').differs).toBe(false);
  });

  it('never marks the sources row, and takes a subset of rows for a slide', () => {
    expect(row(rows, 'sources').differs).toBe(false);
    expect(compareRows([odense, bilbao], context, ['themes']).map((item) => item.key)).toEqual([
      'themes',
    ]);
  });
});

describe('differs', () => {
  const figure = (value: number, counts?: string) => ({
    kind: 'figure' as const,
    figure: { value, qualifier: 'exact' as const, source: 'page', counts },
  });

  it('treats the same number counting different things as different', () => {
    expect(differs([figure(10), figure(10)])).toBe(false);
    expect(differs([figure(10, 'companies'), figure(10, 'members')])).toBe(true);
    expect(differs([figure(10), figure(11)])).toBe(true);
  });

  it('compares lists whatever their order, and one cell never differs', () => {
    expect(
      differs([
        { kind: 'themes', themes: ['telehealth', 'data-ai'] },
        { kind: 'themes', themes: ['data-ai', 'telehealth'] },
      ]),
    ).toBe(false);
    expect(differs([{ kind: 'not-published' }])).toBe(false);
  });
});
