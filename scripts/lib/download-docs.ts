// The documents beside the dataset's files in downloads/: the README that lists the files and
// documents every column, the licence status, and CITATION.cff, how to cite it.
import { API_VERSION } from '../../src/api/schemas';
import { ECOSYSTEM_FIELDS } from '../../src/domain/ecosystem-record';
import { EVENT_FIELDS } from '../../src/domain/event-record';
import { ECOSYSTEM_COLUMNS, EVENT_COLUMNS } from './download-columns';

export interface DownloadOptions {
  /** The atlas's address with its base path and a trailing slash (SITE_URL + BASE_URL). */
  site: string;
  generatedAt: string;
}

const table = (head: [string, string, string], rows: [string, string, string][]): string =>
  [
    `| ${head.join(' | ')} |`,
    '| --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

export function readme(
  { site, generatedAt }: DownloadOptions,
  counts: Record<string, number>,
): string {
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

export const LICENSE = `Licence status of the Ecosystem Atlas dataset

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

export function citation({ site, generatedAt }: DownloadOptions): string {
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
