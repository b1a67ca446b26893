import { describe, expect, it } from 'vitest';
import { ECOSYSTEM_FIELDS } from './export-record';
import { ecosystemFeature, ecosystemsGeoJson, geoJsonText } from './geojson-export';
import { LOCATIONS, joined, members, summary } from './test-data';

const context = {
  locationsById: new Map(LOCATIONS.map((location) => [location.id, location])),
  atlasUrl: (id: string) => `/ecosystems/${id}`,
};

describe('ecosystemsGeoJson', () => {
  const ecosystems = [
    summary('madrid', 'spain', { coordinates: [-3.7038, 40.4168], ...joined('2022-10-05') }),
    summary('usa-one', 'usa', { coordinates: [-122.4, 37.8], website: 'https://example.org' }),
  ];
  // Built inside each test (not once for the block), so each test runs the code it checks.
  const build = () => ecosystemsGeoJson(ecosystems, context);

  it('is an RFC 7946 FeatureCollection with no crs member', () => {
    const collection = build();
    expect(collection.type).toBe('FeatureCollection');
    expect(collection).not.toHaveProperty('crs');
    expect(collection.features).toHaveLength(2);
  });

  it('has one Point feature per ecosystem, [longitude, latitude], with the slug as id', () => {
    const collection = build();
    const [madrid, usa] = collection.features;
    expect(madrid).toMatchObject({
      type: 'Feature',
      id: 'madrid',
      geometry: { type: 'Point', coordinates: [-3.7038, 40.4168] },
    });
    expect(usa?.id).toBe('usa-one');
    for (const feature of collection.features) {
      const [lng, lat] = feature.geometry.coordinates;
      expect(lng).toBeGreaterThanOrEqual(-180);
      expect(lng).toBeLessThanOrEqual(180);
      expect(lat).toBeGreaterThanOrEqual(-90);
      expect(lat).toBeLessThanOrEqual(90);
    }
  });

  it("carries the CSV's fields but the point as properties, null where unpublished", () => {
    const collection = build();
    const [madrid, usa] = collection.features;
    expect(Object.keys(madrid?.properties ?? {})).toEqual(
      ECOSYSTEM_FIELDS.filter((field) => field !== 'latitude' && field !== 'longitude'),
    );
    expect(madrid?.properties).toMatchObject({
      id: 'madrid',
      location_label: 'Spain',
      joined_network: '2022-10-05',
      joined_network_source_url: 'https://example.org/page',
      member_organisations: null,
      website: null,
      atlas_url: '/ecosystems/madrid',
      placeholder: false,
    });
    expect(usa?.properties.website).toBe('https://example.org');
  });

  it('writes text that parses back to the same collection', () => {
    const collection = build();
    const text = geoJsonText(collection);
    expect(JSON.parse(text)).toEqual(collection);
    expect(text.split('\n')).toHaveLength(5);
  });

  it('is an empty collection for no ecosystems', () => {
    const empty = ecosystemsGeoJson([], context);
    expect(JSON.parse(geoJsonText(empty))).toEqual({ type: 'FeatureCollection', features: [] });
  });

  it('writes each feature whole: type, slug, point and the properties of the CSV row', () => {
    const cardiff = summary('cardiff', 'wales', {
      name: 'Digital Health Wales',
      place: 'Cardiff',
      coordinates: [-3.1791, 51.4816],
      ...members(260, 'about'),
    });
    expect(ecosystemFeature(cardiff, context)).toEqual({
      type: 'Feature',
      id: 'cardiff',
      geometry: { type: 'Point', coordinates: [-3.1791, 51.4816] },
      properties: {
        id: 'cardiff',
        name: 'Digital Health Wales',
        location_id: 'wales',
        location_label: 'Wales',
        country_codes: 'GB',
        world_region: 'europe',
        place: 'Cardiff',
        category: 'Regional ecosystem',
        member_organisations: 260,
        member_organisations_qualifier: 'about',
        member_organisations_counts: null,
        member_organisations_source_url: 'https://example.org/page',
        member_organisations_source_checked: '2026-11-20',
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
        atlas_url: '/ecosystems/cardiff',
        placeholder: false,
      },
    });
  });

  it('keeps the order of the ecosystems given', () => {
    const collection = build();
    expect(collection.features.map((feature) => feature.id)).toEqual(['madrid', 'usa-one']);
    expect(collection.features.map((feature) => feature.geometry.coordinates)).toEqual([
      [-3.7038, 40.4168],
      [-122.4, 37.8],
    ]);
  });
});

describe('geoJsonText', () => {
  it('puts each feature on a line of its own, between the opening and the closing line', () => {
    const point = (id: string, coordinates: [number, number]) => ({
      type: 'Feature' as const,
      id,
      geometry: { type: 'Point' as const, coordinates },
      properties: { id },
    });
    const text = geoJsonText({
      type: 'FeatureCollection',
      features: [point('a', [1, 2]), point('b', [3, 4])],
    });
    expect(text).toBe(
      [
        '{"type":"FeatureCollection","features":[',
        '{"type":"Feature","id":"a","geometry":{"type":"Point","coordinates":[1,2]},"properties":{"id":"a"}},',
        '{"type":"Feature","id":"b","geometry":{"type":"Point","coordinates":[3,4]},"properties":{"id":"b"}}',
        ']}',
        '',
      ].join('\n'),
    );
  });

  it('writes an empty collection as an opening line, an empty line and a closing line', () => {
    expect(geoJsonText({ type: 'FeatureCollection', features: [] })).toBe(
      '{"type":"FeatureCollection","features":[\n\n]}\n',
    );
  });
});
