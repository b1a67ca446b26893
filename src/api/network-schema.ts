// The figures the network publishes about itself (data/network.json), each with its source.
import * as z from 'zod/mini';
import { Count, HttpsUrl, PartialDate, Qualifier, Slug, Source, text } from './schemas';

/** What a network-wide figure measures; the headline tiles pick one of each. */
export const NetworkMetric = z.enum([
  'member-organisations',
  'ecosystems',
  'gatherings-per-year',
  'participants',
  'experts',
  'countries',
  'locations',
  'other',
]);
export type NetworkMetric = z.infer<typeof NetworkMetric>;

export const NetworkFigure = z.strictObject({
  id: Slug,
  label: text(1, 120),
  metric: NetworkMetric,
  value: Count,
  qualifier: Qualifier,
  /** As the network writes it: "90+", "more than 600". */
  display: text(1, 40),
  /** When the figure applied, as precisely as the page says; null when it gives no date. */
  asOf: z.nullable(PartialDate),
  /** The network's latest published figure for its metric, shown on the unfiltered headline. */
  headline: z.boolean(),
  source: z.omit(Source, { id: true }),
});
export type NetworkFigure = z.infer<typeof NetworkFigure>;

/**
 * What the network's basic principles guarantee of every member ecosystem (not a figure any
 * ecosystem published): a record without its own `figures.meetingsPerYear` meets at least this
 * often because it is a member, and the interface says it is the network's minimum.
 */
export const NetworkMinimum = z.strictObject({
  value: Count,
  qualifier: z.literal('at-least'),
  source: z.omit(Source, { id: true }),
});
export type NetworkMinimum = z.infer<typeof NetworkMinimum>;

export const NetworkSource = z.strictObject({
  name: text(1, 10_000),
  shortName: text(1, 10_000),
  description: text(1, 2000),
  website: HttpsUrl,
  figures: z.array(NetworkFigure),
  /** The network's guarantees to every ecosystem, each with the page that states it. */
  minimums: z.strictObject({ meetingsPerYear: NetworkMinimum }),
});
export type NetworkSource = z.infer<typeof NetworkSource>;
