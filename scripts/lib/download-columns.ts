// What each column of the dataset's downloads holds: its type in ecosystems.csv and events.csv,
// its type as a property of ecosystems.geojson, and its meaning, for the README beside them.
import type { EcosystemField } from '../../src/domain/ecosystem-record';
import type { EventField } from '../../src/domain/event-record';

export interface Column {
  /** The type in the CSV. */
  csv: string;
  /** The type as a GeoJSON property (JSON). */
  json: string;
  meaning: string;
}

const DATE = 'date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the source';
const figure = (what: string): Record<'value' | 'qualifier' | 'counts' | 'source', Column> => ({
  value: {
    csv: 'whole number',
    json: 'number or null',
    meaning: `${what}, as the source publishes it; blank when no source gives it`,
  },
  qualifier: {
    csv: 'text',
    json: 'string or null',
    meaning:
      '`exact`, `at-least` (the source says "110+") or `about` (the source says "about 260")',
  },
  counts: {
    csv: 'text',
    json: 'string or null',
    meaning: 'what the number counts, in the source’s terms',
  },
  source: { csv: 'URL', json: 'string or null', meaning: 'the page that publishes the number' },
});
const members = figure('Number of member organisations');
const meetings = figure('Number of ecosystem meetings a year');
const text = (meaning: string): Column => ({ csv: 'text', json: 'string', meaning });
const optional = (meaning: string, csv = 'text'): Column => ({
  csv,
  json: 'string or null',
  meaning,
});
const checked = optional(
  `when the atlas last read that page and found it says this; ${DATE}`,
  'date',
);

export const ECOSYSTEM_COLUMNS: Record<EcosystemField, Column> = {
  id: text('the ecosystem’s id (a slug); its page is `/ecosystems/<id>`'),
  name: text('its name, as its sources give it'),
  location_id: text('the entry of the network’s list of locations it belongs to'),
  location_label: text('that location as the network’s list names it'),
  country_codes: text(
    'ISO 3166-1 alpha-2 codes of the countries the location covers, separated by spaces (`DK NO SE` for Scandinavia)',
  ),
  world_region: text('`europe`, `north-america`, `latin-america`, `asia`, `oceania` or `africa`'),
  place: text('the city or area, as precise as the sources are (else the location’s label)'),
  category: optional('the kind of ecosystem a source calls it; blank for placeholders'),
  latitude: {
    csv: 'number',
    json: '(geometry)',
    meaning: 'WGS 84 latitude of the map point (in the CSV only: GeoJSON has it in the geometry)',
  },
  longitude: {
    csv: 'number',
    json: '(geometry)',
    meaning: 'WGS 84 longitude of the map point (in the CSV only)',
  },
  member_organisations: members.value,
  member_organisations_qualifier: members.qualifier,
  member_organisations_counts: members.counts,
  member_organisations_source_url: members.source,
  member_organisations_source_checked: checked,
  meetings_per_year: meetings.value,
  meetings_per_year_qualifier: meetings.qualifier,
  meetings_per_year_counts: meetings.counts,
  meetings_per_year_source_url: meetings.source,
  meetings_per_year_source_checked: checked,
  founded: optional(`when the ecosystem (or the group it grew from) was set up; ${DATE}`, 'date'),
  founded_source_url: optional('the page that gives that date', 'URL'),
  founded_source_checked: checked,
  joined_network: optional(`when it became part of the network; ${DATE}`, 'date'),
  joined_network_source_url: optional('the page that gives that date', 'URL'),
  joined_network_source_checked: checked,
  website: optional('its own website, where it has one', 'URL'),
  atlas_url: text('its page in the atlas'),
  placeholder: {
    csv: '`yes` or `no`',
    json: 'boolean',
    meaning:
      '`yes`: a location the network lists with no public facts yet; the row has its location and map point only',
  },
};

export const EVENT_COLUMNS: Record<EventField, Column> = {
  id: text('the gathering’s id'),
  title: text('its title'),
  start: text(`its first day, or only the month when the source gives no day; ${DATE}`),
  end: optional('its last day, for a gathering over several days (`YYYY-MM-DD`)', 'date'),
  start_time: optional('local start time `HH:MM`, when the source gives it', 'time'),
  end_time: optional('local end time `HH:MM`, when the source gives it', 'time'),
  time_zone: optional('IANA time zone of those times (`Europe/Dublin`)'),
  place: text('the venue and place, as the source names them'),
  location_id: optional('the listed location it took place in; blank for online gatherings'),
  location_label: optional('that location as the network’s list names it'),
  format: optional('`in-person`, `online` or `hybrid`, when the source says'),
  host_ids: optional(
    'ids of the hosting ecosystems, separated by spaces; blank for the whole network',
  ),
  host_names: optional('their names, separated by `; `'),
  organiser: optional('who organised it when no ecosystem of the atlas did'),
  attendance: optional('attendance or registrations, as the source counts them', 'whole number'),
  attendance_qualifier: optional('`exact`, `at-least` or `about`'),
  attendance_counts: optional('what that number counts, in the source’s terms'),
  attendance_source_url: optional('the page that gives the number', 'URL'),
  description: optional(
    'a short description in the atlas’s own words, saying only what the sources say',
  ),
  source_urls: text('the pages that report the gathering, separated by spaces'),
};
