// The data model, as zod schemas shared by the app (parsing API answers) and scripts/build-api.ts
// (validating data/). One source of truth for the shape of every document.
import * as z from 'zod/mini';
import {
  FIGURE_KEYS,
  LOCATION_KINDS,
  PRINCIPLES,
  STAKEHOLDER_KINDS,
  THEMES,
  WORLD_REGIONS,
} from './vocabulary';

// Zod would probe `new Function` to speed up parsing; the CSP forbids eval, so never try.
z.config({ jitless: true });

/** A string of min..max characters. */
const text = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));

export const API_VERSION = 'v1';

export const WorldRegion = z.enum(WORLD_REGIONS);
export type WorldRegion = z.infer<typeof WorldRegion>;

export const LocationKind = z.enum(LOCATION_KINDS);

export const PrincipleId = z.enum(PRINCIPLES);
export type PrincipleId = z.infer<typeof PrincipleId>;

export const ThemeId = z.enum(THEMES);
export type ThemeId = z.infer<typeof ThemeId>;

export const StakeholderKind = z.enum(STAKEHOLDER_KINDS);
export type StakeholderKind = z.infer<typeof StakeholderKind>;

export const FigureKey = z.enum(FIGURE_KEYS);
export type FigureKey = z.infer<typeof FigureKey>;

export const Slug = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(80),
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, single hyphens)'),
  );

export const HttpsUrl = z.url().check(
  z.maxLength(2048),
  z.refine((value) => value.startsWith('https://'), 'must be an https:// URL'),
);

export const IsoDate = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'));
export const IsoDateTime = z.iso.datetime({ offset: true });

export const Longitude = z.number().check(z.gte(-180), z.lte(180));
export const Latitude = z.number().check(z.gte(-90), z.lte(90));
/** A point as GeoJSON orders it: [longitude, latitude]. */
export const LngLat = z.tuple([Longitude, Latitude]);
export type LngLat = z.infer<typeof LngLat>;

export const Count = z.int('must be a whole number').check(z.nonnegative('must not be negative'));

export const Organisation = z.strictObject({
  name: text(1, 200),
  website: z.optional(HttpsUrl),
});
export type Organisation = z.infer<typeof Organisation>;

export const Source = z.strictObject({
  title: text(1, 300),
  url: HttpsUrl,
  accessed: IsoDate,
});
export type Source = z.infer<typeof Source>;

export const Programme = z.strictObject({
  name: text(1, 200),
  description: text(1, 1000),
});

// ---- data/ (source files) ------------------------------------------------------------------

export const LocationSource = z.strictObject({
  id: Slug,
  label: text(1, 80),
  kind: LocationKind,
  /** ISO 3166-1 alpha-2 codes of the countries this location covers (GB for Scotland). */
  iso: z.array(z.string().check(z.regex(/^[A-Z]{2}$/))).check(z.minLength(1)),
  /** ISO 3166-1 numeric codes, same order as `iso`: the ids of the Natural Earth shapes. */
  isoNumeric: z.array(z.string().check(z.regex(/^\d{3}$/))).check(z.minLength(1)),
  /** ISO 3166-2 code for a nation or region inside a country (GB-SCT), when one exists. */
  subdivision: z.optional(z.string().check(z.regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/))),
  region: WorldRegion,
  centroid: LngLat,
  /** How far from the centroid an ecosystem of this location may sit. */
  radiusKm: z.number().check(z.positive(), z.lte(5000)),
});
export type LocationSource = z.infer<typeof LocationSource>;

export const EcosystemSource = z.strictObject({
  id: Slug,
  name: text(1, 200),
  locationId: Slug,
  place: text(1, 200),
  coordinates: LngLat,
  category: text(1, 100),
  leadOrganisations: z.array(Organisation),
  partners: z.array(Organisation),
  supportedBy: z.array(Organisation),
  description: text(1, 5000),
  advantages: z.array(text(1, 300)),
  priorities: z.array(text(1, 300)),
  themes: z.array(ThemeId),
  principles: z.array(PrincipleId),
  stakeholderMix: z.partialRecord(StakeholderKind, Count),
  memberOrganisations: Count,
  meetingsPerYear: Count,
  launchYear: z.int().check(z.gte(2000), z.lte(2100)),
  status: z.enum(['active', 'forming']),
  programmes: z.array(Programme),
  website: z.optional(HttpsUrl),
  sources: z.array(Source),
  lastVerified: IsoDate,
  illustrative: z.boolean(),
  /** Figures that are plausible estimates, not published facts; all of them when illustrative. */
  estimates: z.array(FigureKey),
});
export type EcosystemSource = z.infer<typeof EcosystemSource>;

export const NetworkFigure = z.strictObject({
  id: Slug,
  label: text(1, 120),
  value: Count,
  /** As the network writes it: "90+", "more than 600". */
  display: text(1, 40),
  /** Year or year-month it was published; null when the page gives no date. */
  asOf: z.nullable(z.string().check(z.regex(/^\d{4}(-\d{2})?$/))),
  source: Source,
});
export type NetworkFigure = z.infer<typeof NetworkFigure>;

export const NetworkSource = z.strictObject({
  name: text(1, 10_000),
  shortName: text(1, 10_000),
  description: text(1, 2000),
  website: HttpsUrl,
  figures: z.array(NetworkFigure),
});
export type NetworkSource = z.infer<typeof NetworkSource>;

export const EventSource = z.strictObject({
  id: Slug,
  ecosystemId: Slug,
  title: text(1, 200),
  start: IsoDateTime,
  end: IsoDateTime,
  place: text(1, 200),
  format: z.enum(['in-person', 'online', 'hybrid']),
  /** A planned date from the regular cycle, not an announced one. */
  illustrative: z.boolean(),
});
export type EventSource = z.infer<typeof EventSource>;
