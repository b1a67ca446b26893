import { describe, expect, it } from 'vitest';
import { ECOSYSTEM_FIELDS } from './export-record';
import { ecosystemsGeoJson, geoJsonText } from './geojson-export';
import { LOCATIONS, joined, summary } from './test-data';

const context = {
  locationsById: new Map(LOCATIONS.map((location) => [location.id, location])),
  atlasUrl: (id: string) => `/ecosystems/${id}`,
};

describe('ecosystemsGeoJson', () => {
  const ecosystems = [
    summary('madrid', 'spain', { coordinates: [-3.7038, 40.4168], ...joined('2022-10-05') }),
    summary('usa-one', 'usa', { coordinates: [-122.4, 37.8], website: 'https://example.org' }),
  ];
  const collection = ecosystemsGeoJson(ecosystems, context);

  it('is an RFC 7946 FeatureCollection with no crs member', () => {
    expect(collection.type).toBe('FeatureCollection');
    expect(collection).not.toHaveProperty('crs');
    expect(collection.features).toHaveLength(2);
  });

  it('has one Point feature per ecosystem, [longitude, latitude], with the slug as id', () => {
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
    const text = geoJsonText(collection);
    expect(JSON.parse(text)).toEqual(collection);
    expect(text.split('\n')).toHaveLength(5);
  });

  it('is an empty collection for no ecosystems', () => {
    const empty = ecosystemsGeoJson([], context);
    expect(JSON.parse(geoJsonText(empty))).toEqual({ type: 'FeatureCollection', features: [] });
  });
});
