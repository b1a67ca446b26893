// The counts of the dataset for the README, written by build:api to docs/data-counts.md so
// that no figure about the data is typed by hand. Deterministic: no build time inside.
import type { Dataset } from './validate-data';

export interface DataCounts {
  ecosystems: number;
  withFacts: number;
  placeholders: number;
  locations: number;
  gatherings: number;
  gatheringsDated: number;
  gatheringsMonthOnly: number;
  networkFigures: number;
  networkFiguresDated: number;
  sources: number;
}

export function dataCounts(data: Dataset): DataCounts {
  const placeholders = data.ecosystems.filter((ecosystem) => ecosystem.placeholder).length;
  const dated = data.events.filter((event) => event.start.length === 10).length;
  const addresses = new Set([
    ...data.ecosystems.flatMap((ecosystem) => ecosystem.sources.map((source) => source.url)),
    ...data.events.flatMap((event) => event.sources.map((source) => source.url)),
    ...data.network.figures.map((figure) => figure.source.url),
    data.network.minimums.meetingsPerYear.source.url,
  ]);
  return {
    ecosystems: data.ecosystems.length,
    withFacts: data.ecosystems.length - placeholders,
    placeholders,
    locations: data.locations.length,
    gatherings: data.events.length,
    gatheringsDated: dated,
    gatheringsMonthOnly: data.events.filter((event) => event.start.length === 7).length,
    networkFigures: data.network.figures.length,
    networkFiguresDated: data.network.figures.filter((figure) => figure.asOf !== null).length,
    sources: addresses.size,
  };
}

export const COUNTS_START =
  '<!-- data-counts:start (written by npm run build:api; do not edit) -->';
export const COUNTS_END = '<!-- data-counts:end -->';

/** The Markdown block: a table the README can include or copy between the markers. */
export function dataCountsMarkdown(counts: DataCounts): string {
  const rows: [string, number][] = [
    ['Ecosystems with public facts', counts.withFacts],
    ['Placeholders (a listed location with no public facts yet)', counts.placeholders],
    ['Ecosystem records in all', counts.ecosystems],
    ["Locations of the network's list", counts.locations],
    ['Sourced gatherings', counts.gatherings],
    ['… dated to the day', counts.gatheringsDated],
    ['… dated to the month only', counts.gatheringsMonthOnly],
    ["The network's own published figures", counts.networkFigures],
    ['… with the date they applied', counts.networkFiguresDated],
    ['Distinct source addresses cited', counts.sources],
  ];
  return [
    COUNTS_START,
    '| data/ | count |',
    '|---|---:|',
    ...rows.map(([label, value]) => `| ${label} | ${value} |`),
    COUNTS_END,
  ].join('\n');
}

/** docs/data-counts.md: a heading, a line on where it comes from, and the block. */
export function dataCountsDocument(counts: DataCounts): string {
  return [
    '# The data in numbers',
    '',
    'Counted from `data/` by `npm run build:api` each time it runs; see [data.md](data.md) for',
    'how a fact enters the data.',
    '',
    dataCountsMarkdown(counts),
    '',
  ].join('\n');
}

/** `text` with the block between the markers replaced by `block` (unchanged without markers). */
export function withCountsBlock(text: string, block: string): string {
  const pattern = /<!-- data-counts:start[^>]*-->[\s\S]*?<!-- data-counts:end -->/;
  return pattern.test(text) ? text.replace(pattern, () => block) : text;
}
