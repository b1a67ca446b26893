// One flat record per ecosystem, as ecosystems.csv and ecosystems.geojson publish it: only what
// the record says, null where nothing is published, never a guess. The browser (what is on
// screen) and build:api (the whole dataset) build them with the same functions.
import type { EcosystemSummary } from '../api/documents';
import type { LocationSource } from '../api/schemas';
import {
  figureFields,
  sourceChecked,
  sourceUrl,
  type ExportableSource,
  type ExportValue,
} from './export-values';

/** What a download needs of an ecosystem: the summary has it, and so has the full record. */
export type ExportableEcosystem = Pick<
  EcosystemSummary,
  | 'id'
  | 'name'
  | 'locationId'
  | 'place'
  | 'coordinates'
  | 'placeholder'
  | 'category'
  | 'figures'
  | 'founded'
  | 'joinedNetwork'
  | 'website'
> & { sources: readonly ExportableSource[] };

export type ExportableLocation = Pick<LocationSource, 'id' | 'label' | 'iso' | 'region'>;

/** The columns of ecosystems.csv, in order; the GeoJSON properties are the same, less the point. */
export const ECOSYSTEM_FIELDS = [
  'id',
  'name',
  'location_id',
  'location_label',
  'country_codes',
  'world_region',
  'place',
  'category',
  'latitude',
  'longitude',
  'member_organisations',
  'member_organisations_qualifier',
  'member_organisations_counts',
  'member_organisations_source_url',
  'member_organisations_source_checked',
  'meetings_per_year',
  'meetings_per_year_qualifier',
  'meetings_per_year_counts',
  'meetings_per_year_source_url',
  'meetings_per_year_source_checked',
  'founded',
  'founded_source_url',
  'founded_source_checked',
  'joined_network',
  'joined_network_source_url',
  'joined_network_source_checked',
  'website',
  'atlas_url',
  'placeholder',
] as const;
export type EcosystemField = (typeof ECOSYSTEM_FIELDS)[number];
export type EcosystemRecord = Record<EcosystemField, ExportValue>;
/** Everything of the CSV row but the point itself: the GeoJSON geometry holds that. */
export type EcosystemProperties = Omit<EcosystemRecord, 'latitude' | 'longitude'>;

export interface EcosystemExportContext {
  locationsById: ReadonlyMap<string, ExportableLocation>;
  /** The absolute (or site-relative) address of an ecosystem's page in the atlas. */
  atlasUrl: (id: string) => string;
}

export function ecosystemProperties(
  ecosystem: ExportableEcosystem,
  { locationsById, atlasUrl }: EcosystemExportContext,
): EcosystemProperties {
  const location = locationsById.get(ecosystem.locationId);
  const { sources } = ecosystem;
  const [members, membersQualifier, membersCounts, membersSource, membersChecked] = figureFields(
    ecosystem.figures.memberOrganisations,
    sources,
  );
  const [meetings, meetingsQualifier, meetingsCounts, meetingsSource, meetingsChecked] =
    figureFields(ecosystem.figures.meetingsPerYear, sources);
  return {
    id: ecosystem.id,
    name: ecosystem.name,
    location_id: ecosystem.locationId,
    location_label: location?.label ?? null,
    country_codes: location ? location.iso.join(' ') : null,
    world_region: location?.region ?? null,
    place: ecosystem.place,
    category: ecosystem.category ?? null,
    member_organisations: members,
    member_organisations_qualifier: membersQualifier,
    member_organisations_counts: membersCounts,
    member_organisations_source_url: membersSource,
    member_organisations_source_checked: membersChecked,
    meetings_per_year: meetings,
    meetings_per_year_qualifier: meetingsQualifier,
    meetings_per_year_counts: meetingsCounts,
    meetings_per_year_source_url: meetingsSource,
    meetings_per_year_source_checked: meetingsChecked,
    founded: ecosystem.founded?.date ?? null,
    founded_source_url: sourceUrl(sources, ecosystem.founded?.source),
    founded_source_checked: sourceChecked(sources, ecosystem.founded?.source),
    joined_network: ecosystem.joinedNetwork?.date ?? null,
    joined_network_source_url: sourceUrl(sources, ecosystem.joinedNetwork?.source),
    joined_network_source_checked: sourceChecked(sources, ecosystem.joinedNetwork?.source),
    website: ecosystem.website ?? null,
    atlas_url: atlasUrl(ecosystem.id),
    placeholder: ecosystem.placeholder,
  };
}

export function ecosystemRecord(
  ecosystem: ExportableEcosystem,
  context: EcosystemExportContext,
): EcosystemRecord {
  const [longitude, latitude] = ecosystem.coordinates;
  return { ...ecosystemProperties(ecosystem, context), latitude, longitude };
}
