// Every figure here is computed by hand from src/domain/test-data.ts.
import { describe, expect, it } from 'vitest';
import { coverageKind } from './headline';
import {
  computeTotals,
  coverage,
  growthByYear,
  growthSeries,
  publishedMemberCounts,
  sumQualifier,
  tallyByLocation,
  tallyByRegion,
  topLocations,
} from './stats';
import { ECOSYSTEMS, LOCATIONS, members, summary } from './test-data';

const spain = ECOSYSTEMS.filter((ecosystem) => ecosystem.locationId === 'spain');

describe('network in numbers', () => {
  it('totals the whole fixture, summing only the published member counts', () => {
    // published counts: odense 60 (exact), bilbao 110 (at least), cardiff 260 (about) = 430
    // countries: DK, ES, GB, NO, SE, US = 6 (Scandinavia adds NO and SE; DK counted once)
    expect(computeTotals(ECOSYSTEMS, LOCATIONS)).toEqual({
      ecosystems: 7,
      placeholders: 1,
      locations: 6,
      activeCountries: 6,
      // "at least" 110 with "about" 260: more than 430.
      memberOrganisations: { total: 430, qualifier: 'more-than', covered: 3, of: 7 },
      meetingsPerYearMinimum: 28,
    });
  });

  it('filtered to Spain, the member figure covers 1 of the 2 ecosystems', () => {
    const totals = computeTotals(spain, LOCATIONS);
    expect(totals.memberOrganisations).toEqual({
      total: 110,
      qualifier: 'at-least',
      covered: 1,
      of: 2,
    });
    expect(coverageKind(totals.memberOrganisations)).toBe('some');
    expect(totals.meetingsPerYearMinimum).toBe(8);
  });

  it('says plainly when no ecosystem publishes a count, or all do', () => {
    const none = coverage([summary('a', 'spain'), summary('b', 'spain')], 'memberOrganisations');
    expect(none).toEqual({ total: 0, qualifier: 'exact', covered: 0, of: 2 });
    expect(coverageKind(none)).toBe('none');
    const all = coverage([summary('a', 'spain', members(5))], 'memberOrganisations');
    expect(coverageKind(all)).toBe('all');
  });

  it('with no ecosystem in view, covers none of them: not "all of 0"', () => {
    const empty = coverage([], 'memberOrganisations');
    expect(empty).toEqual({ total: 0, qualifier: 'exact', covered: 0, of: 0 });
    expect(coverageKind(empty)).toBe('none');
  });

  it('words a sum of "at least" and "about" figures as "more than"', () => {
    expect(sumQualifier(['at-least', 'about'])).toBe('more-than');
    expect(sumQualifier(['about', 'exact', 'at-least', 'at-least'])).toBe('more-than');
  });

  it('keeps "at least" for lower bounds, "about" for rounded parts, exact for exact ones', () => {
    expect(sumQualifier([])).toBe('exact');
    expect(sumQualifier(['exact', 'exact'])).toBe('exact');
    expect(sumQualifier(['exact', 'at-least', 'at-least'])).toBe('at-least');
    expect(sumQualifier(['about', 'exact', 'about'])).toBe('about');
  });

  it('sums the member counts of "at least" and "about" records as "more than" their total', () => {
    const mixed = [
      summary('a', 'spain', members(200, 'at-least')),
      summary('b', 'spain', members(260, 'about')),
      summary('c', 'spain'),
    ];
    expect(coverage(mixed, 'memberOrganisations')).toEqual({
      total: 460,
      qualifier: 'more-than',
      covered: 2,
      of: 3,
    });
  });

  it('counts UK nations as one active country', () => {
    const uk = ECOSYSTEMS.filter((e) => ['scotland', 'wales'].includes(e.locationId));
    expect(computeTotals(uk, LOCATIONS).activeCountries).toBe(1);
  });

  it('tallies ecosystems by world region and by location', () => {
    expect(tallyByRegion(ECOSYSTEMS, LOCATIONS)).toEqual([
      { region: 'europe', ecosystems: 6 },
      { region: 'north-america', ecosystems: 1 },
    ]);
    expect(tallyByLocation(spain, LOCATIONS)).toEqual([{ locationId: 'spain', ecosystems: 2 }]);
    expect(topLocations(ECOSYSTEMS, LOCATIONS, 2)).toEqual([
      { locationId: 'spain', ecosystems: 2 },
      { locationId: 'denmark', ecosystems: 1 },
    ]);
  });

  it('grows by the published joining year only, and counts the undated', () => {
    // joined: 2018 x2 (inverness, cardiff), 2021 (copenhagen), 2023 (bilbao); 3 undated
    expect(growthByYear(ECOSYSTEMS)).toEqual({
      rows: [
        { year: 2018, joined: 2, total: 2 },
        { year: 2019, joined: 0, total: 2 },
        { year: 2020, joined: 0, total: 2 },
        { year: 2021, joined: 1, total: 3 },
        { year: 2022, joined: 0, total: 3 },
        { year: 2023, joined: 1, total: 4 },
      ],
      undated: 3,
    });
    expect(growthByYear([])).toEqual({ rows: [], undated: 0 });
  });

  it('puts the network’s published counts beside the records, year by year', () => {
    const growth = growthByYear(ECOSYSTEMS.slice(3, 5));
    expect(
      growthSeries(growth, [
        { asOf: '2019-11', value: 34 },
        { asOf: '2018', value: 20 },
      ]),
    ).toEqual([
      { year: 2018, records: 2, network: 20 },
      { year: 2019, network: 34 },
    ]);
  });

  it('lists the published member counts, largest first', () => {
    expect(publishedMemberCounts(ECOSYSTEMS).map((ecosystem) => ecosystem.id)).toEqual([
      'cardiff',
      'bilbao',
      'odense',
    ]);
  });
});
