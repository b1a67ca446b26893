// The whole dataset as files for people and tools (public/api/v1/downloads/): ecosystems as
// CSV and GeoJSON, gatherings as CSV, made by the same builders as the app's downloads, with
// a README that documents every column, the licence status, and how to cite.
import { API_VERSION } from '../../src/api/schemas';
import { ecosystemsCsv, eventsCsv } from '../../src/domain/csv';
import {
  ECOSYSTEM_FIELDS,
  EVENT_FIELDS,
  type EcosystemField,
  type EventField,
} from '../../src/domain/export-record';
import { ecosystemsGeoJson, geoJsonText } from '../../src/domain/geojson-export';
import type { Dataset } from './validate-data';

interface Column {
  /** The type in the CSV. */
  csv: string;
  /** The type as a GeoJSON property (JSON). */
  json: string;
  meaning: string;
}

const DATE = 'date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the source';
const figure = (what: string): Record<'value' | 'qualifier' | 'counts' | 'source', Column> => ({
  value: {
    csv: 'whole number',
    json: 'number or null',
    meaning: `${what}, as the source publishes it; blank when no source gives it`,
  },
  qualifier: {
    csv: 'text',
    json: 'string or null',
    meaning:
      '`exact`, `at-least` (the source says "110+") or `about` (the source says "about 260")',
  },
  counts: {
    csv: 'text',
    json: 'string or null',
    meaning: 'what the number counts, in the source’s terms',
  },
  source: { csv: 'URL', json: 'string or null', meaning: 'the page that publishes the number' },
});
const members = figure('Number of member organisations');
const meetings = figure('Number of ecosystem meetings a year');
const text = (meaning: string): Column => ({ csv: 'text', json: 'string', meaning });
const optional = (meaning: string, csv = 'text'): Column => ({
  csv,
  json: 'string or null',
  meaning,
});
const checked = optional(
  `when the atlas last read that page and found it says this; ${DATE}`,
  'date',
);

export const ECOSYSTEM_COLUMNS: Record<EcosystemField, Column> = {
  id: text('the ecosystem’s id (a slug); its page is `/ecosystems/<id>`'),
  name: text('its name, as its sources give it'),
  location_id: text('the entry of the network’s list of locations it belongs to'),
  location_label: text('that location as the network’s list names it'),
  country_codes: text(
    'ISO 3166-1 alpha-2 codes of the countries the location covers, separated by spaces (`DK NO SE` for Scandinavia)',
  ),
  world_region: text('`europe`, `north-america`, `latin-america`, `asia`, `oceania` or `africa`'),
  place: text('the city or area, as precise as the sources are (else the location’s label)'),
  category: optional('the kind of ecosystem a source calls it; blank for placeholders'),
  latitude: {
    csv: 'number',
    json: '(geometry)',
    meaning: 'WGS 84 latitude of the map point (in the CSV only: GeoJSON has it in the geometry)',
  },
  longitude: {
    csv: 'number',
    json: '(geometry)',
    meaning: 'WGS 84 longitude of the map point (in the CSV only)',
  },
  member_organisations: members.value,
  member_organisations_qualifier: members.qualifier,
  member_organisations_counts: members.counts,
  member_organisations_source_url: members.source,
  member_organisations_source_checked: checked,
  meetings_per_year: meetings.value,
  meetings_per_year_qualifier: meetings.qualifier,
  meetings_per_year_counts: meetings.counts,
  meetings_per_year_source_url: meetings.source,
  meetings_per_year_source_checked: checked,
  founded: optional(`when the ecosystem (or the group it grew from) was set up; ${DATE}`, 'date'),
  founded_source_url: optional('the page that gives that date', 'URL'),
  founded_source_checked: checked,
  joined_network: optional(`when it became part of the network; ${DATE}`, 'date'),
  joined_network_source_url: optional('the page that gives that date', 'URL'),
  joined_network_source_checked: checked,
  website: optional('its own website, where it has one', 'URL'),
  atlas_url: text('its page in the atlas'),
  placeholder: {
    csv: '`yes` or `no`',
    json: 'boolean',
    meaning:
      '`yes`: a location the network lists with no public facts yet; the row has its location and map point only',
  },
};

export const EVENT_COLUMNS: Record<EventField, Column> = {
  id: text('the gathering’s id'),
  title: text('its title'),
  start: text(`its first day, or only the month when the source gives no day; ${DATE}`),
  end: optional('its last day, for a gathering over several days (`YYYY-MM-DD`)', 'date'),
  start_time: optional('local start time `HH:MM`, when the source gives it', 'time'),
  end_time: optional('local end time `HH:MM`, when the source gives it', 'time'),
  time_zone: optional('IANA time zone of those times (`Europe/Dublin`)'),
  place: text('the venue and place, as the source names them'),
  location_id: optional('the listed location it took place in; blank for online gatherings'),
  location_label: optional('that location as the network’s list names it'),
  format: optional('`in-person`, `online` or `hybrid`, when the source says'),
  host_ids: optional(
    'ids of the hosting ecosystems, separated by spaces; blank for the whole network',
  ),
  host_names: optional('their names, separated by `; `'),
  organiser: optional('who organised it when no ecosystem of the atlas did'),
  attendance: optional('attendance or registrations, as the source counts them', 'whole number'),
  attendance_qualifier: optional('`exact`, `at-least` or `about`'),
  attendance_counts: optional('what that number counts, in the source’s terms'),
  attendance_source_url: optional('the page that gives the number', 'URL'),
  description: optional(
    'a short description in the atlas’s own words, saying only what the sources say',
  ),
  source_urls: text('the pages that report the gathering, separated by spaces'),
};

const table = (head: [string, string, string], rows: [string, string, string][]): string =>
  [
    `| ${head.join(' | ')} |`,
    '| --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

function readme({ site, generatedAt }: DownloadOptions, counts: Record<string, number>): string {
  const date = generatedAt.slice(0, 10);
  const ecosystemRows = ECOSYSTEM_FIELDS.map((field): [string, string, string] => [
    `\`${field}\``,
    ECOSYSTEM_COLUMNS[field].csv,
    ECOSYSTEM_COLUMNS[field].meaning,
  ]);
  const propertyRows = ECOSYSTEM_FIELDS.filter(
    (field) => field !== 'latitude' && field !== 'longitude',
  ).map((field): [string, string, string] => [
    `\`${field}\``,
    ECOSYSTEM_COLUMNS[field].json,
    ECOSYSTEM_COLUMNS[field].meaning,
  ]);
  const eventRows = EVENT_FIELDS.map((field): [string, string, string] => [
    `\`${field}\``,
    EVENT_COLUMNS[field].csv,
    EVENT_COLUMNS[field].meaning,
  ]);
  return `# Ecosystem Atlas: the whole dataset

The digital health ecosystems of the International Network of Digital Health Ecosystems and
their sourced gatherings, as files. Generated on ${date} from the atlas's records (API ${API_VERSION}),
the same records its pages show: ${site}

The first rule of the atlas is **true or absent**: every figure and date here names the public
page it comes from, or the cell is blank. A blank cell means no source publishes the value; it
never means zero. Nothing is estimated.

| file | holds |
| --- | --- |
| \`ecosystems.csv\` | ${counts.ecosystems} ecosystems, one row each, with a header row |
| \`ecosystems.geojson\` | the same ${counts.ecosystems} ecosystems as an RFC 7946 FeatureCollection |
| \`events.csv\` | ${counts.events} gatherings that a public page reports, one row each, with a header row |
| \`LICENSE\` | the licence status |
| \`CITATION.cff\` | how to cite the dataset (Citation File Format) |

The full records, with every source's title and dates, are the JSON documents of the API:
\`../ecosystems.json\`, \`../ecosystems/<id>.json\`, \`../events.json\`, with JSON Schemas in \`../schema/\`.

## CSV

UTF-8 with a byte order mark, comma-separated, CRLF line ends, quoted as RFC 4180 says (a
quote inside a quoted cell is doubled; a cell may hold a line break inside quotes). A text cell
that starts with \`=\`, \`+\`, \`-\`, \`@\`, a tab or a carriage return is written with a leading
\`'\`, so that a spreadsheet shows it instead of running it as a formula; numbers (a negative
longitude) are written as they are.

### ecosystems.csv

${table(['column', 'type', 'meaning'], ecosystemRows)}

### events.csv

${table(['column', 'type', 'meaning'], eventRows)}

## GeoJSON: ecosystems.geojson

An RFC 7946 \`FeatureCollection\`: one \`Feature\` per ecosystem, its \`id\` the ecosystem's id, a
\`Point\` geometry with coordinates \`[longitude, latitude]\` in WGS 84 (no \`crs\` member), and
these properties (\`null\` where nothing is published):

${table(['property', 'type', 'meaning'], propertyRows)}

## Licence

See \`LICENSE\`: no licence has been chosen yet for this dataset or the atlas's own texts.

## How to cite

> Ecosystem Atlas (${date.slice(0, 4)}). *Digital health ecosystems of the International Network of
> Digital Health Ecosystems* [Data set], generated ${date}. ${site}api/${API_VERSION}/downloads/

For a single fact, cite the source its row names as well. \`CITATION.cff\` has the same in the
Citation File Format.
`;
}

const LICENSE = `Licence status of the Ecosystem Atlas dataset

No licence has been chosen for this dataset, nor for the atlas's own texts (such as the
descriptions of gatherings written in the atlas's own words), and this file grants none. It
says so plainly rather than name a licence that the project has not adopted.

What the files hold:
- facts (names, places, dates, counts), each taken from a public page that the row cites by
  its address; those pages keep their own terms;
- the atlas's own arrangement and short descriptions of them.

When a licence is chosen, it will replace this file.
`;

const yaml = (value: string) => JSON.stringify(value);

function citation({ site, generatedAt }: DownloadOptions): string {
  const local = /^https?:\/\/(localhost|127\.0\.0\.1)(:|\/)/.test(site);
  return [
    'cff-version: 1.2.0',
    'message: "If you use this dataset, please cite it as below, and cite the source of any single fact you use."',
    'type: dataset',
    `title: ${yaml('Ecosystem Atlas: digital health ecosystems of the International Network of Digital Health Ecosystems')}`,
    'authors:',
    '  - name: "Ecosystem Atlas"',
    `date-released: ${yaml(generatedAt.slice(0, 10))}`,
    `version: ${yaml(`${API_VERSION}, generated ${generatedAt}`)}`,
    // A local build has no public address to cite.
    ...(local ? [] : [`url: ${yaml(`${site}api/${API_VERSION}/downloads/`)}`]),
    'abstract: >-',
    '  The digital health ecosystems of the International Network of Digital Health Ecosystems',
    '  and their gatherings, each figure and date with the public page it comes from.',
    'keywords:',
    '  - digital health',
    '  - health ecosystems',
    '  - open data',
    '',
  ].join('\n');
}

export interface DownloadOptions {
  /** The atlas's address with its base path and a trailing slash (SITE_URL + BASE_URL). */
  site: string;
  generatedAt: string;
}

/** The files of downloads/, keyed by their path under /api/v1/. */
export function buildDownloads(data: Dataset, options: DownloadOptions): Map<string, string> {
  const ecosystems = [...data.ecosystems].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const events = [...data.events].sort(
    (a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id),
  );
  const locationsById = new Map(data.locations.map((location) => [location.id, location]));
  const names = new Map(ecosystems.map((ecosystem) => [ecosystem.id, ecosystem.name]));
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
