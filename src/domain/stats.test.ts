// Every figure here is computed by hand from src/domain/test-data.ts.
import { describe, expect, it } from 'vitest';
import {
  computeTotals,
  growthByYear,
  principleCounts,
  stakeholderMixByRegion,
  tallyByLocation,
  tallyByRegion,
  topLocationsByMembers,
} from './stats';
import { ECOSYSTEMS, LOCATIONS, summary } from './test-data';

const spain = ECOSYSTEMS.filter((ecosystem) => ecosystem.locationId === 'spain');

describe('network in numbers', () => {
  it('totals the whole fixture', () => {
    // members: 60 + 110 + 45 + 10 + 10 + 10 + 30 = 275; meetings: 4*6 + 5 = 29
    // countries: DK, ES, GB, NO, SE, US = 6 (Scandinavia adds NO and SE; DK counted once)
    expect(computeTotals(ECOSYSTEMS, LOCATIONS)).toEqual({
      ecosystems: 7,
      memberOrganisations: 275,
      meetingsPerYear: 29,
      locations: 6,
      activeCountries: 6,
    });
  });

  it('filtered to Spain, member organisations are 110 + 45 = 155', () => {
    expect(computeTotals(spain, LOCATIONS)).toEqual({
      ecosystems: 2,
      memberOrganisations: 155,
      meetingsPerYear: 9,
      locations: 1,
      activeCountries: 1,
    });
  });

  it('counts UK nations as one active country', () => {
    const uk = ECOSYSTEMS.filter((e) => ['scotland', 'wales'].includes(e.locationId));
    expect(computeTotals(uk, LOCATIONS).activeCountries).toBe(1);
  });

  it('tallies by world region', () => {
    expect(tallyByRegion(ECOSYSTEMS, LOCATIONS)).toEqual([
      { region: 'europe', ecosystems: 6, memberOrganisations: 245, meetingsPerYear: 25 },
      { region: 'north-america', ecosystems: 1, memberOrganisations: 30, meetingsPerYear: 4 },
    ]);
  });

  it('tallies by location in list order, and ranks by members', () => {
    expect(tallyByLocation(spain, LOCATIONS)).toEqual([
      { locationId: 'spain', ecosystems: 2, memberOrganisations: 155, meetingsPerYear: 9 },
    ]);
    expect(
      topLocationsByMembers(ECOSYSTEMS, LOCATIONS, 3).map((row) => [
        row.locationId,
        row.memberOrganisations,
      ]),
    ).toEqual([
      ['spain', 155],
      ['denmark', 60],
      ['usa', 30],
    ]);
  });

  it('grows cumulatively by launch year with no gap years', () => {
    // launch years: 2020 x4 (odense, barcelona, copenhagen, boston), 2023 (bilbao), 2018 x2
    expect(growthByYear(ECOSYSTEMS)).toEqual([
      { year: 2018, ecosystems: 2, memberOrganisations: 20 },
      { year: 2019, ecosystems: 2, memberOrganisations: 20 },
      { year: 2020, ecosystems: 6, memberOrganisations: 165 },
      { year: 2021, ecosystems: 6, memberOrganisations: 165 },
      { year: 2022, ecosystems: 6, memberOrganisations: 165 },
      { year: 2023, ecosystems: 7, memberOrganisations: 275 },
    ]);
    expect(growthByYear([])).toEqual([]);
  });

  it('adds up the stakeholder mix per region', () => {
    const rows = stakeholderMixByRegion(
      [
        summary('a', 'denmark', { stakeholderMix: { companies: 3, providers: 2 } }),
        summary('b', 'spain', { stakeholderMix: { companies: 4, universities: 1 } }),
        summary('c', 'usa', { stakeholderMix: { investors: 5 } }),
      ],
      LOCATIONS,
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      region: 'europe',
      companies: 7,
      providers: 2,
      universities: 1,
      investors: 0,
    });
    expect(rows[1]).toMatchObject({ region: 'north-america', investors: 5, companies: 0 });
  });

  it('counts the ecosystems meeting each principle', () => {
    const counts = principleCounts([
      summary('a', 'denmark', { principles: ['geographic-area', 'multi-sector'] }),
      summary('b', 'spain', { principles: ['geographic-area'] }),
    ]);
    expect(counts).toHaveLength(9);
    expect(counts[0]).toEqual({ principle: 'geographic-area', ecosystems: 2 });
    expect(counts[1]).toEqual({ principle: 'multi-sector', ecosystems: 1 });
    expect(counts[8]).toEqual({ principle: 'citizens-at-centre', ecosystems: 0 });
  });
});
