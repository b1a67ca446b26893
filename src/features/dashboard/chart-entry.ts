// What the dashboard, the chart embed and the prerender know of a chart: each chart's module
// exports one entry (its name, title and how it draws from the data), and charts/index.ts lists
// them. Adding a chart is its module, a line in that list and its words in the catalogues.
import type { ParseKeys } from 'i18next';
import type { ReactNode } from 'react';
import type { EcosystemSummary, Location, StatsDocument } from '../../api/documents';

/** What every chart draws from: the ecosystems shown and the documents around them. */
export interface ChartInput {
  ecosystems: readonly EcosystemSummary[];
  locations: readonly Location[];
  stats: StatsDocument;
  /** Filters narrow the set: network-wide figures are then left out. */
  filtered: boolean;
  /** A location's name in the visitor's language. */
  labelOf: (locationId: string) => string;
}

export interface ChartEntry {
  /** Its address, /embed/chart/<name>. */
  name: string;
  /** The catalogue key of its title, the one its card shows. */
  titleKey: ParseKeys;
  /** Where its figures come from, as the embed says: the atlas's records, or what each
   * ecosystem publishes. */
  source: 'records' | 'published';
  /** It shows the network's own published counts beside the records when nothing is filtered. */
  networkCounts?: boolean;
  render: (input: ChartInput) => ReactNode;
}

/** What a chart's card and its "Embed" need to name it. */
export type ChartRef = Pick<ChartEntry, 'name' | 'titleKey'>;
