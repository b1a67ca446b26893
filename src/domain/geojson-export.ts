// The ecosystems as an RFC 7946 GeoJSON FeatureCollection for GIS tools: one Point per
// ecosystem, [longitude, latitude] in WGS 84 (no `crs` member, which RFC 7946 removed), the
// ecosystem's slug as the feature `id`, and the CSV's fields (less the point) as properties.
import type { Feature, FeatureCollection, Point } from 'geojson';
import {
  ecosystemProperties,
  type EcosystemExportContext,
  type EcosystemProperties,
  type ExportableEcosystem,
} from './ecosystem-record';

export type EcosystemFeature = Feature<Point, EcosystemProperties> & { id: string };

export function ecosystemFeature(
  ecosystem: ExportableEcosystem,
  context: EcosystemExportContext,
): EcosystemFeature {
  const [lng, lat] = ecosystem.coordinates;
  return {
    type: 'Feature',
    id: ecosystem.id,
    geometry: { type: 'Point', coordinates: [lng, lat] },
    properties: ecosystemProperties(ecosystem, context),
  };
}

export function ecosystemsGeoJson(
  ecosystems: readonly ExportableEcosystem[],
  context: EcosystemExportContext,
): FeatureCollection<Point, EcosystemProperties> {
  return {
    type: 'FeatureCollection',
    features: ecosystems.map((ecosystem) => ecosystemFeature(ecosystem, context)),
  };
}

/** The file's text: one feature per line, so a diff or a quick look stays readable. */
export function geoJsonText(collection: FeatureCollection): string {
  const features = collection.features.map((feature) => JSON.stringify(feature)).join(',\n');
  return `{"type":"FeatureCollection","features":[\n${features}\n]}\n`;
}
