// The data model, as zod schemas shared by the app (parsing API answers) and scripts/build-api.ts
// (validating data/). One source of truth for the shape of every document.
import * as z from 'zod/mini';
import { LOCATION_KINDS, PRINCIPLES, STAKEHOLDER_KINDS, THEMES, WORLD_REGIONS } from './vocabulary';

// Zod would probe `new Function` to speed up parsing; the CSP forbids eval, so never try.
z.config({ jitless: true });

/** A string of min..max characters. */
export const text = (min: number, max: number) =>
  z.string().check(z.minLength(min), z.maxLength(max));

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

/** A date as precisely as its source gives it: a year, a year and month, or a day. */
export const PartialDate = z
  .string()
  .check(
    z.regex(
      /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
      'must be a date YYYY, YYYY-MM or YYYY-MM-DD',
    ),
  );
export type PartialDate = z.infer<typeof PartialDate>;

export const Organisation = z.strictObject({
  name: text(1, 200),
  website: z.optional(HttpsUrl),
  /**
   * When a source names the organisation in this role, for a record whose sources name
   * different organisations at different dates (a founding lead and a later one).
   */
  asOf: z.optional(PartialDate),
  /** Id of the record's source that names it in this role, when `asOf` is given. */
  source: z.optional(Slug),
});
export type Organisation = z.infer<typeof Organisation>;

/** A public page a record cites. Figures name it by `id`. */
export const Source = z.strictObject({
  /** Short id, unique within the record: what a figure's `source` names. */
  id: Slug,
  title: text(1, 300),
  url: HttpsUrl,
  /** When the page was published, as precisely as it says; null when the page gives no date. */
  published: z.nullable(PartialDate),
  /** When we read it, as precisely as our notes say. */
  accessed: PartialDate,
  /**
   * When the page was last read and found to say what the record cites, as precisely as our
   * notes say (a month stays a month: "2026-11"). Set by the data's author; never the build date.
   */
  verified: PartialDate,
});
export type Source = z.infer<typeof Source>;

/** How the source states a number: "110+" is at-least 110, "about 260" is about 260. */
export const Qualifier = z.enum(['exact', 'at-least', 'about']);
export type Qualifier = z.infer<typeof Qualifier>;

/**
 * How a sum of published figures stands to its parts (src/domain/stats.ts, `sumQualifier`):
 * as a published qualifier, or "more than" when lower bounds and rounded figures are added.
 */
export const SumQualifier = z.enum(['exact', 'at-least', 'about', 'more-than']);
export type SumQualifier = z.infer<typeof SumQualifier>;

/** A number a source publishes, tied to that source. */
export const Figure = z.strictObject({
  value: Count,
  qualifier: Qualifier,
  /** What the number counts, in the source's terms ("associated entities of the cluster"). */
  counts: z.optional(text(1, 200)),
  /** Id of one of the record's sources. */
  source: Slug,
  /** When the figure applied, when that differs from the page's publication date. */
  asOf: z.optional(PartialDate),
});
export type Figure = z.infer<typeof Figure>;

/** A date a source states (founded, joined the network), tied to that source. */
export const DateFact = z.strictObject({
  date: PartialDate,
  source: Slug,
  /** Anything a reader should know: a conflicting source, what "launched" meant. */
  note: z.optional(text(1, 300)),
});
export type DateFact = z.infer<typeof DateFact>;

/** The figures an ecosystem may publish. Each key is absent unless a source gives it. */
export const EcosystemFigures = z.strictObject({
  memberOrganisations: z.optional(Figure),
  meetingsPerYear: z.optional(Figure),
  participants: z.optional(Figure),
});
export type EcosystemFigures = z.infer<typeof EcosystemFigures>;

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
  /** The place as a source names it, or the location's label when no source is more precise. */
  place: text(1, 200),
  /** The map point, [lng, lat], inside the location's country. */
  coordinates: LngLat,
  /**
   * A location the network lists with no public facts yet: the record carries its location and
   * map point only, and the interface says "Details not yet public".
   */
  placeholder: z.boolean(),
  category: z.optional(text(1, 100)),
  leadOrganisations: z.array(Organisation),
  partners: z.array(Organisation),
  supportedBy: z.array(Organisation),
  /** In our own words, only what the sources say. Absent on placeholders. */
  description: z.optional(text(1, 5000)),
  advantages: z.array(text(1, 300)),
  priorities: z.array(text(1, 300)),
  themes: z.array(ThemeId),
  /** Kinds of stakeholder a source names among the ecosystem's members. */
  stakeholders: z.optional(
    z.strictObject({ kinds: z.array(StakeholderKind).check(z.minLength(1)), source: Slug }),
  ),
  figures: EcosystemFigures,
  /** When the ecosystem (or the group it grew from) was set up. */
  founded: z.optional(DateFact),
  /** When it became part of the network. */
  joinedNetwork: z.optional(DateFact),
  website: z.optional(HttpsUrl),
  sources: z.array(Source),
  /** When the record was last checked against its sources. */
  lastVerified: PartialDate,
});
export type EcosystemSource = z.infer<typeof EcosystemSource>;
