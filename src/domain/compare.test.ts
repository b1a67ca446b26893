import { describe, expect, it } from 'vitest';
import type { AtlasEvent, Ecosystem } from '../api/documents';
import { compareRows, differs, hostedBy, type CompareCell, type CompareRowKey } from './compare';
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
  // Built inside each test (not once for the block), so each test runs the code it checks.
  const bothRows = () => compareRows([odense, bilbao], context);

  it('gives every row one cell per ecosystem, in the order chosen', () => {
    const rows = bothRows();
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
    const rows = bothRows();
    const marked = rows.filter((item) => item.differs).map((item) => item.key);
    expect(marked).toEqual(['location', 'leads', 'memberOrganisations', 'gatherings']);
  });

  it('says what no source gives instead of guessing, and the meetings minimum', () => {
    const rows = bothRows();
    expect(row(rows, 'memberOrganisations').cells[1]).toEqual({ kind: 'not-published' });
    expect(row(rows, 'joinedNetwork').cells).toEqual([
      { kind: 'not-published' },
      { kind: 'not-published' },
    ]);
    expect(row(rows, 'meetingsPerYear').cells[0]).toEqual({ kind: 'minimum', minimum: 4 });
    expect(row(rows, 'principles').cells[0]).toEqual({ kind: 'principles', count: 9 });
  });

  it('lists the gatherings each hosted, latest first', () => {
    const rows = bothRows();
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
    const rows = bothRows();
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

describe('compareRows, row by row', () => {
  const cellsOf = (ecosystems: Ecosystem[], key: CompareRowKey, events = EVENTS) =>
    compareRows(ecosystems, { locationsById, events }, [key])[0];

  it('names the location by its label and region, and the place only when it says more', () => {
    const inDenmark = record('in-denmark', 'denmark', { place: 'Denmark' });
    const unlisted = record('unlisted', 'atlantis', { place: 'Old Harbour' });
    const sameAsId = record('same-as-id', 'atlantis', { place: 'atlantis' });
    expect(cellsOf([odense, inDenmark, unlisted, sameAsId], 'location')).toEqual({
      key: 'location',
      cells: [
        {
          kind: 'location',
          locationId: 'denmark',
          label: 'Denmark',
          place: 'Somewhere',
          region: 'europe',
        },
        {
          kind: 'location',
          locationId: 'denmark',
          label: 'Denmark',
          place: undefined,
          region: 'europe',
        },
        {
          kind: 'location',
          locationId: 'atlantis',
          label: 'atlantis',
          place: 'Old Harbour',
          region: undefined,
        },
        {
          kind: 'location',
          locationId: 'atlantis',
          label: 'atlantis',
          place: undefined,
          region: undefined,
        },
      ],
      differs: true,
    });
  });

  it('two ecosystems in the same place of the same location do not differ by location', () => {
    const twin = record('twin', 'denmark');
    expect(cellsOf([odense, twin], 'location')?.differs).toBe(false);
    const elsewhereInDenmark = record('elsewhere', 'denmark', { place: 'Aarhus' });
    expect(cellsOf([odense, elsewhereInDenmark], 'location')?.differs).toBe(true);
  });

  it('shows the category as text, and "not published" for a missing or empty one', () => {
    const none = record('none', 'spain');
    const empty = record('empty', 'spain', { category: '' });
    expect(cellsOf([odense, none, empty], 'category')).toEqual({
      key: 'category',
      cells: [
        { kind: 'text', text: 'Regional ecosystem' },
        { kind: 'not-published' },
        { kind: 'not-published' },
      ],
      differs: true,
    });
  });

  it('the same category in other capitals or with spaces around it is not a difference', () => {
    expect(cellsOf([odense, bilbao], 'category')?.differs).toBe(false);
    const other = record('other', 'spain', { category: 'National ecosystem' });
    expect(cellsOf([odense, other], 'category')?.differs).toBe(true);
  });

  it('lists the lead organisations, and "not published" when there are none', () => {
    const noLeads = record('no-leads', 'spain');
    expect(cellsOf([odense, noLeads], 'leads')).toEqual({
      key: 'leads',
      cells: [
        { kind: 'organisations', organisations: [{ name: 'Welfare Tech' }] },
        { kind: 'not-published' },
      ],
      differs: true,
    });
    expect(cellsOf([noLeads, noLeads], 'leads')?.differs).toBe(false);
  });

  it('the same lead organisations in another order are not a difference', () => {
    const ab = record('ab', 'spain', { leadOrganisations: [{ name: 'Alpha' }, { name: 'Beta' }] });
    const ba = record('ba', 'spain', {
      leadOrganisations: [{ name: 'Beta', website: 'https://beta.example' }, { name: 'Alpha' }],
    });
    const joinedName = record('joined', 'spain', { leadOrganisations: [{ name: 'AlphaBeta' }] });
    expect(cellsOf([ab, ba], 'leads')?.differs).toBe(false);
    expect(cellsOf([ab, joinedName], 'leads')?.differs).toBe(true);
  });

  it('gives the founding and joining dates as the source states them', () => {
    const joinedOnly = record('joined-only', 'spain', {
      joinedNetwork: { date: '2023-09-06', source: 'page', note: 'At the presidency event' },
    });
    expect(cellsOf([odense, joinedOnly], 'founded')).toEqual({
      key: 'founded',
      cells: [
        { kind: 'date', fact: { date: '2017-04-24', source: 'page' } },
        { kind: 'not-published' },
      ],
      differs: true,
    });
    expect(cellsOf([odense, joinedOnly], 'joinedNetwork')).toEqual({
      key: 'joinedNetwork',
      cells: [
        { kind: 'not-published' },
        {
          kind: 'date',
          fact: { date: '2023-09-06', source: 'page', note: 'At the presidency event' },
        },
      ],
      differs: true,
    });
  });

  it('the same date from another source is not a difference, another date is', () => {
    const otherSource = record('other-source', 'spain', {
      founded: { date: '2017-04-24', source: 'news', note: 'Launched' },
    });
    const later = record('later', 'spain', { founded: { date: '2017-05', source: 'page' } });
    expect(cellsOf([odense, otherSource], 'founded')?.differs).toBe(false);
    expect(cellsOf([odense, later], 'founded')?.differs).toBe(true);
  });

  it('gives the member count a source publishes, and "not published" without one', () => {
    expect(cellsOf([odense, bilbao], 'memberOrganisations')).toEqual({
      key: 'memberOrganisations',
      cells: [
        { kind: 'figure', figure: { value: 110, qualifier: 'at-least', source: 'page' } },
        { kind: 'not-published' },
      ],
      differs: true,
    });
  });

  it('the same number stated differently ("110" and "110+") is a difference', () => {
    const exact = record('exact', 'spain', {
      figures: { memberOrganisations: { value: 110, qualifier: 'exact', source: 'page' } },
    });
    const sameAsOdense = record('same', 'spain', {
      figures: { memberOrganisations: { value: 110, qualifier: 'at-least', source: 'other' } },
    });
    expect(cellsOf([odense, exact], 'memberOrganisations')?.differs).toBe(true);
    expect(cellsOf([odense, sameAsOdense], 'memberOrganisations')?.differs).toBe(false);
  });

  it('gives a published meetings count, and otherwise the network minimum of four', () => {
    const monthly = record('monthly', 'spain', {
      figures: { meetingsPerYear: { value: 12, qualifier: 'about', source: 'page' } },
    });
    expect(cellsOf([monthly, odense], 'meetingsPerYear')).toEqual({
      key: 'meetingsPerYear',
      cells: [
        { kind: 'figure', figure: { value: 12, qualifier: 'about', source: 'page' } },
        { kind: 'minimum', minimum: 4 },
      ],
      differs: true,
    });
    expect(cellsOf([odense, bilbao], 'meetingsPerYear')?.differs).toBe(false);
  });

  it('gives every member the nine principles of the network, never a difference', () => {
    expect(cellsOf([odense, bilbao, belgium], 'principles')).toEqual({
      key: 'principles',
      cells: [
        { kind: 'principles', count: 9 },
        { kind: 'principles', count: 9 },
        { kind: 'principles', count: 9 },
      ],
      differs: false,
    });
  });

  it('lists the stakeholder kinds with their source, and "not published" without them', () => {
    const named = record('named', 'spain', {
      stakeholders: { kinds: ['companies', 'universities'], source: 'page' },
    });
    expect(cellsOf([named, odense], 'stakeholders')).toEqual({
      key: 'stakeholders',
      cells: [
        { kind: 'stakeholders', kinds: ['companies', 'universities'], source: 'page' },
        { kind: 'not-published' },
      ],
      differs: true,
    });
  });

  it('the same stakeholder kinds in another order are not a difference, others are', () => {
    const named = record('named', 'spain', {
      stakeholders: { kinds: ['companies', 'universities'], source: 'page' },
    });
    const reversed = record('reversed', 'spain', {
      stakeholders: { kinds: ['universities', 'companies'], source: 'other' },
    });
    const fewer = record('fewer', 'spain', {
      stakeholders: { kinds: ['companies'], source: 'page' },
    });
    expect(cellsOf([named, reversed], 'stakeholders')?.differs).toBe(false);
    expect(cellsOf([named, fewer], 'stakeholders')?.differs).toBe(true);
  });

  it('lists the themes, and "not published" when there are none', () => {
    const noThemes = record('no-themes', 'spain');
    expect(cellsOf([odense, noThemes], 'themes')).toEqual({
      key: 'themes',
      cells: [{ kind: 'themes', themes: ['telehealth'] }, { kind: 'not-published' }],
      differs: true,
    });
    expect(cellsOf([odense, bilbao], 'themes')?.differs).toBe(false);
    const moreThemes = record('more', 'spain', { themes: ['telehealth', 'medtech'] });
    expect(cellsOf([odense, moreThemes], 'themes')?.differs).toBe(true);
  });

  it('gives each ecosystem its hosted gatherings, an empty list when it hosted none', () => {
    const [spring, autumn] = EVENTS;
    const host = record('host', 'spain');
    expect(cellsOf([odense, host], 'gatherings')).toEqual({
      key: 'gatherings',
      cells: [
        { kind: 'gatherings', events: [autumn, spring] },
        { kind: 'gatherings', events: [] },
      ],
      differs: true,
    });
    expect(cellsOf([host, record('quiet', 'spain')], 'gatherings')?.differs).toBe(false);
  });

  it('co-hosting the same gatherings is not a difference', () => {
    const both = [event('a', '2024-01-01', ['x', 'y']), event('b', '2024-02-01', ['x', 'y'])];
    const x = record('x', 'spain');
    const y = record('y', 'spain');
    expect(cellsOf([x, y], 'gatherings', both)?.differs).toBe(false);
  });

  it('gives each ecosystem its own sources and never marks them as differing', () => {
    const otherSource = { ...SOURCE, id: 'other', url: 'https://example.org/other' };
    const sourced = record('sourced', 'spain', { sources: [SOURCE, otherSource] });
    expect(cellsOf([odense, sourced, belgium], 'sources')).toEqual({
      key: 'sources',
      cells: [
        { kind: 'sources', sources: [SOURCE] },
        { kind: 'sources', sources: [SOURCE, otherSource] },
        { kind: 'sources', sources: [] },
      ],
      differs: false,
    });
  });

  it('a placeholder is "not public" for every fact a member publishes, even when set', () => {
    const placeholder = record('placeholder', 'spain', {
      placeholder: true,
      category: 'Regional ecosystem',
      leadOrganisations: [{ name: 'Welfare Tech' }],
      founded: { date: '2017-04-24', source: 'page' },
      themes: ['telehealth'],
      figures: {
        memberOrganisations: { value: 110, qualifier: 'at-least', source: 'page' },
        meetingsPerYear: { value: 6, qualifier: 'exact', source: 'page' },
      },
      stakeholders: { kinds: ['companies'], source: 'page' },
    });
    const rows = compareRows([placeholder], { locationsById, events: EVENTS });
    expect(rows.map((item) => [item.key, item.cells])).toEqual([
      [
        'location',
        [
          {
            kind: 'location',
            locationId: 'spain',
            label: 'Spain',
            place: 'Somewhere',
            region: 'europe',
          },
        ],
      ],
      ['category', [{ kind: 'not-public' }]],
      ['leads', [{ kind: 'not-public' }]],
      ['founded', [{ kind: 'not-public' }]],
      ['joinedNetwork', [{ kind: 'not-public' }]],
      ['memberOrganisations', [{ kind: 'not-public' }]],
      [
        'meetingsPerYear',
        [{ kind: 'figure', figure: { value: 6, qualifier: 'exact', source: 'page' } }],
      ],
      ['principles', [{ kind: 'principles', count: 9 }]],
      ['stakeholders', [{ kind: 'not-public' }]],
      ['themes', [{ kind: 'not-public' }]],
      ['gatherings', [{ kind: 'not-public' }]],
      ['sources', [{ kind: 'sources', sources: [SOURCE] }]],
    ]);
    expect(rows.some((item) => item.differs)).toBe(false);
  });

  it('"not public" and "not published" are different answers', () => {
    expect(cellsOf([belgium, bilbao], 'joinedNetwork')?.differs).toBe(true);
    expect(cellsOf([belgium, belgium], 'joinedNetwork')?.differs).toBe(false);
  });

  it('gives no rows for no keys and empty rows for no ecosystems', () => {
    expect(compareRows([odense], context, [])).toEqual([]);
    expect(compareRows([], context, ['location', 'sources'])).toEqual([
      { key: 'location', cells: [], differs: false },
      { key: 'sources', cells: [], differs: false },
    ]);
  });
});

describe('hostedBy', () => {
  it('keeps only the gatherings the ecosystem hosted, latest first', () => {
    const events = [
      event('early', '2022-05-01', ['odense']),
      event('not-ours', '2025-01-01', ['bilbao']),
      event('late', '2024-11-20', ['bilbao', 'odense']),
      event('middle', '2023-06', ['odense']),
    ];
    expect(hostedBy('odense', events).map((item) => item.id)).toEqual(['late', 'middle', 'early']);
    expect(events.map((item) => item.id)).toEqual(['early', 'not-ours', 'late', 'middle']);
  });

  it('orders gatherings on the same day by their id', () => {
    const events = [
      event('workshop', '2024-03-01', ['odense']),
      event('after', '2024-04-01', ['odense']),
      event('assembly', '2024-03-01', ['odense']),
    ];
    expect(hostedBy('odense', events).map((item) => item.id)).toEqual([
      'after',
      'assembly',
      'workshop',
    ]);
  });

  it('is empty with no gatherings, or none hosted by the ecosystem', () => {
    expect(hostedBy('odense', [])).toEqual([]);
    expect(hostedBy('odense', [event('network', '2024-01-01', [])])).toEqual([]);
  });
});

describe('differs, kind by kind', () => {
  const location = (locationId: string, place?: string): CompareCell => ({
    kind: 'location',
    locationId,
    label: locationId,
    place,
  });

  it('the same location with no place and an empty place is the same value', () => {
    expect(differs([location('denmark'), location('denmark', '')])).toBe(false);
    expect(differs([location('denmark'), location('spain')])).toBe(true);
    expect(differs([location('denmark', 'Odense'), location('denmark', 'Aarhus')])).toBe(true);
  });

  it('a figure with no "counts" and one with an empty "counts" are the same', () => {
    const figure = (counts?: string): CompareCell => ({
      kind: 'figure',
      figure: { value: 10, qualifier: 'exact', source: 'page', counts },
    });
    expect(differs([figure(), figure('')])).toBe(false);
    expect(differs([figure(), figure('members')])).toBe(true);
  });

  it('tells minimums, principle counts and gatherings apart by their values', () => {
    expect(
      differs([
        { kind: 'minimum', minimum: 4 },
        { kind: 'minimum', minimum: 4 },
      ]),
    ).toBe(false);
    expect(
      differs([
        { kind: 'minimum', minimum: 4 },
        { kind: 'minimum', minimum: 6 },
      ]),
    ).toBe(true);
    expect(
      differs([
        { kind: 'principles', count: 9 },
        { kind: 'principles', count: 8 },
      ]),
    ).toBe(true);
    const [spring, autumn, other] = EVENTS;
    if (!spring || !autumn || !other) throw new Error('missing events');
    expect(
      differs([
        { kind: 'gatherings', events: [spring, autumn] },
        { kind: 'gatherings', events: [autumn, spring] },
      ]),
    ).toBe(false);
    expect(
      differs([
        { kind: 'gatherings', events: [spring] },
        { kind: 'gatherings', events: [other] },
      ]),
    ).toBe(true);
  });

  it('a value is different from "not published", and two lists of themes differ by content', () => {
    expect(differs([{ kind: 'text', text: 'Cluster' }, { kind: 'not-published' }])).toBe(true);
    expect(
      differs([
        { kind: 'themes', themes: ['telehealth'] },
        { kind: 'themes', themes: ['medtech'] },
      ]),
    ).toBe(true);
    expect(differs([])).toBe(false);
  });
});
