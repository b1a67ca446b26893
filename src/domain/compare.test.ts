import { describe, expect, it } from 'vitest';
import { compareRows, hostedBy } from './compare';
import { event, EVENTS, context, odense, bilbao, belgium, row } from './test-data-compare';

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
