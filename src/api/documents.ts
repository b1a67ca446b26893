// The documents of the static API (public/api/v1), built from the data model in schemas.ts.
import * as z from 'zod/mini';
import {
  API_VERSION,
  Count,
  EcosystemSource,
  IsoDateTime,
  LocationSource,
  Organisation,
  PartialDate,
  Slug,
  Source,
  SumQualifier,
  WorldRegion,
} from './schemas';
import { EventSource } from './event-schema';
import { NetworkSource } from './network-schema';

const DocumentMeta = {
  apiVersion: z.literal(API_VERSION),
  generatedAt: IsoDateTime,
};

export const Location = z.extend(LocationSource, { ecosystemCount: Count });
export type Location = z.infer<typeof Location>;

export const LocationsDocument = z.strictObject({
  ...DocumentMeta,
  locations: z.array(Location),
});
export type LocationsDocument = z.infer<typeof LocationsDocument>;

/** The fields a summary copies from its record unchanged: the schema below and the build's
 * `toSummary` both read this list. */
export const SUMMARY_FIELDS = {
  id: true,
  name: true,
  locationId: true,
  place: true,
  coordinates: true,
  placeholder: true,
  category: true,
  themes: true,
  figures: true,
  founded: true,
  joinedNetwork: true,
  // For the downloads; few records have one, so it costs the document almost nothing.
  website: true,
} as const;

/** What the map, list and charts need, nothing more. */
export const EcosystemSummary = z.extend(z.pick(EcosystemSource, SUMMARY_FIELDS), {
  /** Names of the lead organisations, for search and the side panel. */
  leads: z.array(z.string()),
  /** The sources the summary's figures and dates name, and only those. */
  sources: z.array(Source),
  /** When the record was last checked against its sources (the dashboard counts recent ones). */
  lastVerified: z.optional(PartialDate),
});
export type EcosystemSummary = z.infer<typeof EcosystemSummary>;

export const EcosystemsDocument = z.strictObject({
  ...DocumentMeta,
  ecosystems: z.array(EcosystemSummary),
});
export type EcosystemsDocument = z.infer<typeof EcosystemsDocument>;

export const EcosystemDocument = z.strictObject({
  ...DocumentMeta,
  ecosystem: EcosystemSource,
});
export type EcosystemDocument = z.infer<typeof EcosystemDocument>;

// What the app accepts for one ecosystem: links are kept as strings and only rendered as
// links when they are http(s), so one bad link never hides the whole page.
const LooseUrl = z.string().check(z.maxLength(2048));
const LooseOrganisation = z.extend(Organisation, { website: z.optional(LooseUrl) });
export const EcosystemDetail = z.extend(EcosystemSource, {
  leadOrganisations: z.array(LooseOrganisation),
  partners: z.array(LooseOrganisation),
  supportedBy: z.array(LooseOrganisation),
  website: z.optional(LooseUrl),
  sources: z.array(z.extend(Source, { url: LooseUrl })),
});
export const EcosystemDetailDocument = z.object({ ...DocumentMeta, ecosystem: EcosystemDetail });
export type Ecosystem = z.infer<typeof EcosystemDetail>;

/** A sum over the ecosystems that publish a figure, and how many those are. */
export const Coverage = z.strictObject({
  total: Count,
  /** How the total stands to its parts: "at least" with "about" is "more than". */
  qualifier: SumQualifier,
  /** Ecosystems that publish the figure... */
  covered: Count,
  /** ...of this many in the view. */
  of: Count,
});
export type Coverage = z.infer<typeof Coverage>;

export const Totals = z.strictObject({
  ecosystems: Count,
  placeholders: Count,
  locations: Count,
  activeCountries: Count,
  memberOrganisations: Coverage,
  /** Four meetings a year for each ecosystem: the network's minimum, not a count of meetings. */
  meetingsPerYearMinimum: Count,
});
export type Totals = z.infer<typeof Totals>;

export const StatsDocument = z.strictObject({
  ...DocumentMeta,
  /** The date of the data: the latest `lastVerified` of any record. */
  asOf: PartialDate,
  totals: Totals,
  byRegion: z.array(z.strictObject({ region: WorldRegion, ecosystems: Count })),
  byLocation: z.array(z.strictObject({ locationId: Slug, ecosystems: Count })),
  /** Ecosystems by the year they joined the network, where a source gives it. */
  growth: z.strictObject({
    rows: z.array(z.strictObject({ year: z.int(), joined: Count, total: Count })),
    undated: Count,
  }),
  network: NetworkSource,
});
export type StatsDocument = z.infer<typeof StatsDocument>;

export const EventsDocument = z.strictObject({
  ...DocumentMeta,
  events: z.array(EventSource),
});
export type EventsDocument = z.infer<typeof EventsDocument>;
export type AtlasEvent = EventSource;
