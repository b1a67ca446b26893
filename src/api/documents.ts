// The documents of the static API (public/api/v1), built from the data model in schemas.ts.
import * as z from 'zod/mini';
import {
  API_VERSION,
  Count,
  EcosystemSource,
  EventSource,
  IsoDate,
  IsoDateTime,
  LocationSource,
  NetworkSource,
  Organisation,
  Slug,
  Source,
  WorldRegion,
} from './schemas';

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

/** What the map, list and charts need, nothing more. */
export const EcosystemSummary = z.extend(
  z.pick(EcosystemSource, {
    id: true,
    name: true,
    locationId: true,
    place: true,
    coordinates: true,
    category: true,
    themes: true,
    principles: true,
    stakeholderMix: true,
    memberOrganisations: true,
    meetingsPerYear: true,
    launchYear: true,
    status: true,
    illustrative: true,
  }),
  {
    /** Names of the lead organisations, for search and the side panel. */
    leads: z.array(z.string()),
  },
);
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

const Tally = z.strictObject({
  ecosystems: Count,
  memberOrganisations: Count,
  meetingsPerYear: Count,
});

export const Totals = z.extend(Tally, {
  locations: Count,
  activeCountries: Count,
});
export type Totals = z.infer<typeof Totals>;

export const StatsDocument = z.strictObject({
  ...DocumentMeta,
  /** The date of the data: the latest `lastVerified` of any record. */
  asOf: IsoDate,
  totals: Totals,
  byRegion: z.array(z.extend(Tally, { region: WorldRegion })),
  byLocation: z.array(z.extend(Tally, { locationId: Slug })),
  growthByYear: z.array(
    z.strictObject({ year: z.int(), ecosystems: Count, memberOrganisations: Count }),
  ),
  network: NetworkSource,
});
export type StatsDocument = z.infer<typeof StatsDocument>;

export const EventsDocument = z.strictObject({
  ...DocumentMeta,
  events: z.array(EventSource),
});
export type EventsDocument = z.infer<typeof EventsDocument>;
export type AtlasEvent = EventSource;
