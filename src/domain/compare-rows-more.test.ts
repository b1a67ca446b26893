import { describe, expect, it } from 'vitest';
import { compareRows } from './compare';
import {
  SOURCE,
  record,
  event,
  locationsById,
  EVENTS,
  context,
  odense,
  bilbao,
  belgium,
  cellsOf,
} from './test-data-compare';

describe('compareRows, row by row: what and with whom', () => {
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
