import { describe, expect, it } from 'vitest';
import {
  ECOSYSTEM_FIELDS,
  ecosystemProperties,
  ecosystemRecord,
  type EcosystemExportContext,
  type ExportableEcosystem,
} from './export-record';
import { LOCATIONS, members, summary } from './test-data';

const context: EcosystemExportContext = {
  locationsById: new Map(LOCATIONS.map((location) => [location.id, location])),
  atlasUrl: (id) => `https://atlas.example/ecosystems/${id}`,
};

const ANNUAL_REPORT = {
  id: 'annual-report',
  url: 'https://example.org/annual-report',
  accessed: '2025-06-01',
  verified: '2026-10',
};
const NEWS = { id: 'news', url: 'https://example.org/news', accessed: '2024-02' };

/** A record that publishes everything a download can carry, from two sources. */
const complete: ExportableEcosystem = {
  ...summary('odense', 'scandinavia', { coordinates: [10.38, 55.4] }),
  name: 'South Denmark eHealth',
  place: 'Odense',
  category: 'Regional ecosystem',
  figures: {
    memberOrganisations: {
      value: 120,
      qualifier: 'at-least',
      counts: 'companies and hospitals',
      source: 'news',
    },
    meetingsPerYear: { value: 6, qualifier: 'about', source: 'annual-report' },
  },
  founded: { date: '2017-04-24', source: 'news' },
  joinedNetwork: { date: '2019-11', source: 'annual-report' },
  website: 'https://odense.example',
  sources: [ANNUAL_REPORT, NEWS],
};

describe('ecosystemRecord', () => {
  it('writes every field of a record that publishes everything', () => {
    expect(ecosystemRecord(complete, context)).toEqual({
      id: 'odense',
      name: 'South Denmark eHealth',
      location_id: 'scandinavia',
      location_label: 'Scandinavia',
      country_codes: 'DK NO SE',
      world_region: 'europe',
      place: 'Odense',
      category: 'Regional ecosystem',
      latitude: 55.4,
      longitude: 10.38,
      member_organisations: 120,
      member_organisations_qualifier: 'at-least',
      member_organisations_counts: 'companies and hospitals',
      member_organisations_source_url: 'https://example.org/news',
      member_organisations_source_checked: '2024-02',
      meetings_per_year: 6,
      meetings_per_year_qualifier: 'about',
      meetings_per_year_counts: null,
      meetings_per_year_source_url: 'https://example.org/annual-report',
      meetings_per_year_source_checked: '2026-10',
      founded: '2017-04-24',
      founded_source_url: 'https://example.org/news',
      founded_source_checked: '2024-02',
      joined_network: '2019-11',
      joined_network_source_url: 'https://example.org/annual-report',
      joined_network_source_checked: '2026-10',
      website: 'https://odense.example',
      atlas_url: 'https://atlas.example/ecosystems/odense',
      placeholder: false,
    });
  });

  it('has exactly the CSV columns, no more and no fewer', () => {
    expect(Object.keys(ecosystemRecord(complete, context)).sort()).toEqual(
      [...ECOSYSTEM_FIELDS].sort(),
    );
  });

  it('writes null for everything a placeholder does not publish, never a guess', () => {
    const boston = summary('boston', 'usa', {
      place: 'USA',
      placeholder: true,
      category: undefined,
      coordinates: [-71.06, 42.36],
    });
    expect(ecosystemRecord(boston, context)).toEqual({
      id: 'boston',
      name: 'boston',
      location_id: 'usa',
      location_label: 'Usa',
      country_codes: 'US',
      world_region: 'north-america',
      place: 'USA',
      category: null,
      latitude: 42.36,
      longitude: -71.06,
      member_organisations: null,
      member_organisations_qualifier: null,
      member_organisations_counts: null,
      member_organisations_source_url: null,
      member_organisations_source_checked: null,
      meetings_per_year: null,
      meetings_per_year_qualifier: null,
      meetings_per_year_counts: null,
      meetings_per_year_source_url: null,
      meetings_per_year_source_checked: null,
      founded: null,
      founded_source_url: null,
      founded_source_checked: null,
      joined_network: null,
      joined_network_source_url: null,
      joined_network_source_checked: null,
      website: null,
      atlas_url: 'https://atlas.example/ecosystems/boston',
      placeholder: true,
    });
  });

  it('leaves the location columns empty for a location the atlas does not list', () => {
    const lost = ecosystemProperties(summary('lost', 'atlantis'), context);
    expect([lost.location_id, lost.location_label, lost.country_codes, lost.world_region]).toEqual([
      'atlantis',
      null,
      null,
      null,
    ]);
  });

  it('gives a figure but no source address when it names a source the record lacks', () => {
    const unsourced: ExportableEcosystem = {
      ...summary('unsourced', 'spain'),
      figures: { memberOrganisations: { value: 40, qualifier: 'exact', source: 'missing' } },
      founded: { date: '2020', source: 'missing' },
      sources: [{ ...NEWS, verified: '2026-01' }],
    };
    const properties = ecosystemProperties(unsourced, context);
    expect(properties).toMatchObject({
      member_organisations: 40,
      member_organisations_source_url: null,
      member_organisations_source_checked: null,
      founded: '2020',
      founded_source_url: null,
      founded_source_checked: null,
    });
  });

  it('dates a source by its check when it has one, otherwise by when it was read', () => {
    const fromFixtures = summary('bilbao', 'spain', { ...members(110, 'at-least') });
    expect(ecosystemProperties(fromFixtures, context)).toMatchObject({
      member_organisations: 110,
      member_organisations_qualifier: 'at-least',
      member_organisations_source_url: 'https://example.org/page',
      member_organisations_source_checked: '2026-11-20',
    });
    const readOnly: ExportableEcosystem = {
      ...summary('read-only', 'spain'),
      joinedNetwork: { date: '2023', source: 'news' },
      sources: [NEWS],
    };
    expect(ecosystemProperties(readOnly, context).joined_network_source_checked).toBe('2024-02');
  });

  it("puts the point's longitude and latitude in their own columns", () => {
    const record = ecosystemRecord(
      summary('madrid', 'spain', { coordinates: [-3.7, 40.4] }),
      context,
    );
    expect([record.longitude, record.latitude]).toEqual([-3.7, 40.4]);
  });
});
