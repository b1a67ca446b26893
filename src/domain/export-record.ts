// One flat record per ecosystem or gathering, as the CSV and GeoJSON downloads publish them:
// only what the records say, null where nothing is published, never a guess. The browser
// (what is on screen) and build:api (the whole dataset) build them with the same functions.
import type { EcosystemSummary } from '../api/documents';
import type { EventSource } from '../api/event-schema';
import type { Figure, LocationSource, Source } from '../api/schemas';
import { checkedOn, type CheckedSource } from './checked';

export type ExportValue = string | number | boolean | null;

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

/** What a download needs of a source: its address and when it was last checked. */
export type ExportableSource = Pick<Source, 'id' | 'url' | 'accessed'> &
  Pick<CheckedSource, 'verified'>;

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

const sourceUrl = (sources: readonly ExportableSource[], id: string | undefined): string | null =>
  id === undefined ? null : (sources.find((source) => source.id === id)?.url ?? null);

/** When the source a value names was last checked, as precisely as the record says. */
const sourceChecked = (sources: readonly ExportableSource[], id: string | undefined) => {
  const source = id === undefined ? undefined : sources.find((candidate) => candidate.id === id);
  return source ? checkedOn(source) : null;
};

function figureFields(figure: Figure | undefined, sources: ExportableEcosystem['sources']) {
  return [
    figure?.value ?? null,
    figure?.qualifier ?? null,
    figure?.counts ?? null,
    sourceUrl(sources, figure?.source),
    sourceChecked(sources, figure?.source),
  ] as const;
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

/** The columns of events.csv, in order. */
export const EVENT_FIELDS = [
  'id',
  'title',
  'start',
  'end',
  'start_time',
  'end_time',
  'time_zone',
  'place',
  'location_id',
  'location_label',
  'format',
  'host_ids',
  'host_names',
  'organiser',
  'attendance',
  'attendance_qualifier',
  'attendance_counts',
  'attendance_source_url',
  'description',
  'source_urls',
] as const;
export type EventField = (typeof EVENT_FIELDS)[number];
export type EventRecord = Record<EventField, ExportValue>;

export interface EventExportContext {
  locationsById: ReadonlyMap<string, Pick<LocationSource, 'label'>>;
  /** The name of a hosting ecosystem, when the atlas has it. */
  nameOf: (id: string) => string | undefined;
}

export function eventRecord(
  event: EventSource,
  { locationsById, nameOf }: EventExportContext,
): EventRecord {
  const [attendance, qualifier, counts, attendanceSource] = figureFields(
    event.attendance,
    event.sources,
  );
  const names = event.hosts.flatMap((id) => nameOf(id) ?? []);
  return {
    id: event.id,
    title: event.title,
    start: event.start,
    end: event.end ?? null,
    start_time: event.startTime ?? null,
    end_time: event.endTime ?? null,
    time_zone: event.timeZone ?? null,
    place: event.place,
    location_id: event.locationId ?? null,
    location_label: event.locationId ? (locationsById.get(event.locationId)?.label ?? null) : null,
    format: event.format ?? null,
    host_ids: event.hosts.length > 0 ? event.hosts.join(' ') : null,
    host_names: names.length > 0 ? names.join('; ') : null,
    organiser: event.organiser ?? null,
    attendance,
    attendance_qualifier: qualifier,
    attendance_counts: counts,
    attendance_source_url: attendanceSource,
    description: event.description ?? null,
    source_urls: event.sources.map((source) => source.url).join(' '),
  };
}

export { exportFileStem } from './export-file-name';
