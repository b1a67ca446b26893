import { describe, expect, it } from 'vitest';
import { record, odense, bilbao, cellsOf } from './test-data-compare';

describe('compareRows, row by row: who and when', () => {
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
});
