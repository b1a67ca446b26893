// The whole dataset as files for people and tools (public/api/v1/downloads/): ecosystems as
// CSV and GeoJSON, gatherings as CSV, made by the same builders as the app's downloads, with
// a README that documents every column (download-columns.ts), the licence status, and how to
// cite (download-docs.ts).
import { ecosystemsCsv, eventsCsv } from '../../src/domain/csv';
import { ecosystemsGeoJson, geoJsonText } from '../../src/domain/geojson-export';
import { citation, LICENSE, readme, type DownloadOptions } from './download-docs';
import type { Dataset } from './validate-data';
import { byId, fieldById } from '../../src/domain/lookup';

export { ECOSYSTEM_COLUMNS, EVENT_COLUMNS } from './download-columns';
export type { DownloadOptions } from './download-docs';

/** The files of downloads/, keyed by their path under /api/v1/. */
export function buildDownloads(data: Dataset, options: DownloadOptions): Map<string, string> {
  const ecosystems = [...data.ecosystems].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const events = [...data.events].sort(
    (a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id),
  );
  const locationsById = byId(data.locations);
  const names = fieldById(ecosystems, 'name');
  const context = {
    locationsById,
    atlasUrl: (id: string) => `${options.site}ecosystems/${encodeURIComponent(id)}`,
  };
  return new Map([
    ['downloads/ecosystems.csv', ecosystemsCsv(ecosystems, context)],
    ['downloads/ecosystems.geojson', geoJsonText(ecosystemsGeoJson(ecosystems, context))],
    ['downloads/events.csv', eventsCsv(events, { locationsById, nameOf: (id) => names.get(id) })],
    [
      'downloads/README.md',
      readme(options, { ecosystems: ecosystems.length, events: events.length }),
    ],
    ['downloads/LICENSE', LICENSE],
    ['downloads/CITATION.cff', citation(options)],
  ]);
}
