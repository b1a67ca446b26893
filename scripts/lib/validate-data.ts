// Validates the raw files of data/ and reports every problem as file, record id and field.
// Pure: takes file contents, returns the parsed dataset or the full list of errors.
import { z as zod } from 'zod';
import type * as z from 'zod/mini';
import {
  EcosystemSource,
  EventSource,
  LocationSource,
  NetworkSource,
  type EcosystemSource as Ecosystem,
  type EventSource as AtlasEvent,
  type LocationSource as Location,
  type NetworkSource as Network,
} from '../../src/api/schemas';
import { distanceKm } from '../../src/domain/geo';
import { countryAt, inCountries, type CountryIndex } from './country-index';

// English messages for the people who edit data/ (the app itself ships without them).
zod.config(zod.locales.en());

export interface RawFile {
  /** Path as shown to the person who edits it, e.g. `data/ecosystems/foo.json`. */
  path: string;
  text: string;
}

export interface RawDataset {
  locations: RawFile;
  network: RawFile;
  events: RawFile;
  ecosystems: RawFile[];
}

export interface DataError {
  file: string;
  id: string;
  field: string;
  message: string;
}

export interface Dataset {
  locations: Location[];
  network: Network;
  events: AtlasEvent[];
  ecosystems: Ecosystem[];
}

export type ValidationResult = { ok: true; data: Dataset } | { ok: false; errors: DataError[] };

export function formatError(error: DataError): string {
  return `${error.file} [${error.id}] ${error.field}: ${error.message}`;
}

function parseJson(file: RawFile, errors: DataError[], id = '-'): unknown {
  try {
    return JSON.parse(file.text);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    errors.push({
      file: file.path,
      id,
      field: '(file)',
      message: `malformed JSON: ${reason}`,
    });
    return undefined;
  }
}

function idOf(value: unknown, fallback: string): string {
  if (typeof value === 'object' && value !== null && 'id' in value) {
    const { id } = value;
    if (typeof id === 'string' && id.length > 0) return id.slice(0, 80);
  }
  return fallback;
}

function schemaErrors(file: string, id: string, issues: z.core.$ZodIssue[]): DataError[] {
  return issues.map((issue) => ({
    file,
    id,
    field: issue.path.length > 0 ? issue.path.map(String).join('.') : '(record)',
    message: issue.message,
  }));
}

/** Parses an array file record by record, so that one bad record does not hide the others. */
function parseRecords<T>(
  file: RawFile,
  schema: z.ZodMiniType<T>,
  errors: DataError[],
  label: string,
): T[] {
  const json = parseJson(file, errors);
  if (json === undefined) return [];
  if (!Array.isArray(json)) {
    errors.push({
      file: file.path,
      id: '-',
      field: '(file)',
      message: `must be an array of ${label}`,
    });
    return [];
  }
  const records: T[] = [];
  json.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) records.push(result.data);
    else errors.push(...schemaErrors(file.path, idOf(item, `#${index}`), result.error.issues));
  });
  return records;
}

/** Parses a one-record file; `id` is the record's id even when the record is invalid. */
function parseOne<T>(
  file: RawFile,
  schema: z.ZodMiniType<T>,
  errors: DataError[],
  fallbackId: string,
): { id: string; data?: T } {
  const json = parseJson(file, errors, fallbackId);
  if (json === undefined) return { id: fallbackId };
  const id = idOf(json, fallbackId);
  const result = schema.safeParse(json);
  if (result.success) return { id, data: result.data };
  errors.push(...schemaErrors(file.path, id, result.error.issues));
  return { id };
}

function checkUnique(items: { item: { id: string }; file: string }[], errors: DataError[]): void {
  const seen = new Map<string, string>();
  for (const { item, file } of items) {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, file);
    else
      errors.push({
        file,
        id: item.id,
        field: 'id',
        message: `duplicate id, first used in ${first}`,
      });
  }
}

type Add = (field: string, message: string) => void;

/** Every `source` a record's facts name must be one of its sources' ids, and ids unique. */
function checkSourceRefs(
  sources: readonly { id: string }[],
  refs: readonly [field: string, id: string | undefined][],
  add: Add,
): void {
  const ids = new Set<string>();
  sources.forEach((source, index) => {
    if (ids.has(source.id)) add(`sources.${index}.id`, `duplicate source id "${source.id}"`);
    ids.add(source.id);
  });
  for (const [field, id] of refs) {
    if (id !== undefined && !ids.has(id)) {
      add(field, `names source "${id}", which is not in this record's sources`);
    }
  }
}

/** The facts a record carries that need a source: [field, source id]. */
function factsOf(ecosystem: Ecosystem): [string, string | undefined][] {
  const facts: [string, string | undefined][] = [];
  for (const [key, figure] of Object.entries(ecosystem.figures)) {
    facts.push([`figures.${key}.source`, figure.source]);
  }
  if (ecosystem.founded) facts.push(['founded.source', ecosystem.founded.source]);
  if (ecosystem.joinedNetwork) facts.push(['joinedNetwork.source', ecosystem.joinedNetwork.source]);
  if (ecosystem.stakeholders) facts.push(['stakeholders.source', ecosystem.stakeholders.source]);
  return facts;
}

/** A placeholder carries its location and map point, nothing a source would have to say. */
function checkPlaceholder(ecosystem: Ecosystem, add: Add): void {
  const carried: [string, boolean][] = [
    ['figures', Object.keys(ecosystem.figures).length > 0],
    ['founded', ecosystem.founded !== undefined],
    ['joinedNetwork', ecosystem.joinedNetwork !== undefined],
    ['leadOrganisations', ecosystem.leadOrganisations.length > 0],
    ['partners', ecosystem.partners.length > 0],
    ['supportedBy', ecosystem.supportedBy.length > 0],
    ['description', ecosystem.description !== undefined],
    ['category', ecosystem.category !== undefined],
    ['advantages', ecosystem.advantages.length > 0],
    ['priorities', ecosystem.priorities.length > 0],
    ['themes', ecosystem.themes.length > 0],
    ['stakeholders', ecosystem.stakeholders !== undefined],
    ['website', ecosystem.website !== undefined],
  ];
  for (const [field, present] of carried) {
    if (present)
      add(
        field,
        'a placeholder carries no facts: remove it, or cite a source and set placeholder to false',
      );
  }
}

function checkPlace(
  ecosystem: Ecosystem,
  location: Location | undefined,
  countries: CountryIndex | undefined,
  add: Add,
): void {
  if (!location) {
    add('locationId', `unknown location "${ecosystem.locationId}" (not in data/locations.json)`);
    return;
  }
  const km = distanceKm(ecosystem.coordinates, location.centroid);
  if (km > location.radiusKm) {
    add(
      'coordinates',
      `${Math.round(km)} km from the centre of ${location.label} (at most ${location.radiusKm} km); ` +
        'are longitude and latitude swapped? GeoJSON order is [lng, lat]',
    );
  } else if (countries && !inCountries(countries, ecosystem.coordinates, location.isoNumeric)) {
    const found = countryAt(countries, ecosystem.coordinates);
    add(
      'coordinates',
      `outside ${location.label} (ISO ${location.isoNumeric.join(', ')}) by more than 1 km: ` +
        (found ? `it lies in the country with ISO numeric code ${found}` : 'it lies at sea'),
    );
  }
}

function checkEcosystem(
  ecosystem: Ecosystem,
  file: string,
  locations: Map<string, Location>,
  countries: CountryIndex | undefined,
  errors: DataError[],
): void {
  const add: Add = (field, message) => errors.push({ file, id: ecosystem.id, field, message });
  const expectedFile = `${ecosystem.id}.json`;
  if (!file.endsWith(`/${expectedFile}`)) add('id', `must match the file name (${expectedFile})`);
  checkPlace(ecosystem, locations.get(ecosystem.locationId), countries, add);
  checkSourceRefs(ecosystem.sources, factsOf(ecosystem), add);
  if (ecosystem.placeholder) {
    checkPlaceholder(ecosystem, add);
    return;
  }
  if (ecosystem.sources.length === 0) {
    add('sources', 'a record that is not a placeholder must cite at least one source');
  }
  if (ecosystem.description === undefined) {
    add('description', 'a record that is not a placeholder needs a description (from its sources)');
  }
}

function checkEvent(
  event: AtlasEvent,
  add: Add,
  ecosystemIds: ReadonlySet<string>,
  locationIds: ReadonlySet<string>,
): void {
  event.hosts.forEach((host, index) => {
    if (!ecosystemIds.has(host)) add(`hosts.${index}`, `unknown ecosystem "${host}"`);
  });
  if (event.locationId !== undefined && !locationIds.has(event.locationId)) {
    add('locationId', `unknown location "${event.locationId}"`);
  }
  if (event.end !== undefined) {
    if (event.start.length !== 10) add('end', 'a gathering over several days needs a start day');
    else if (event.end <= event.start) add('end', 'must be after start (it is the last day)');
  }
  if ((event.startTime !== undefined || event.endTime !== undefined) && !event.timeZone) {
    add('timeZone', 'a gathering with a time needs its IANA time zone');
  }
  if (event.startTime !== undefined && event.start.length !== 10) {
    add('startTime', 'a time needs a start day');
  }
  if (event.endTime !== undefined && event.startTime === undefined) {
    add('endTime', 'an end time needs a start time');
  }
  if (event.timeZone !== undefined && !isTimeZone(event.timeZone)) {
    add('timeZone', `unknown time zone "${event.timeZone}"`);
  }
  checkSourceRefs(event.sources, [['attendance.source', event.attendance?.source]], add);
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function checkNetwork(network: Network, file: string, errors: DataError[]): void {
  const headlines = new Set<string>();
  for (const figure of network.figures) {
    if (!figure.headline) continue;
    if (headlines.has(figure.metric)) {
      errors.push({
        file,
        id: figure.id,
        field: 'headline',
        message: `only one headline figure per metric ("${figure.metric}")`,
      });
    }
    headlines.add(figure.metric);
  }
}

export interface ValidateOptions {
  /** Country shapes to check that each map point lies in its location's country. */
  countries?: CountryIndex;
}

export function validateData(raw: RawDataset, options: ValidateOptions = {}): ValidationResult {
  const errors: DataError[] = [];
  const locations = parseRecords(raw.locations, LocationSource, errors, 'locations');
  checkUnique(
    locations.map((item) => ({ item, file: raw.locations.path })),
    errors,
  );
  for (const location of locations) {
    if (location.iso.length !== location.isoNumeric.length) {
      errors.push({
        file: raw.locations.path,
        id: location.id,
        field: 'isoNumeric',
        message: 'needs one numeric code per alpha-2 code in iso',
      });
    }
  }
  const { countries } = options;
  for (const location of countries ? locations : []) {
    if (countries && !inCountries(countries, location.centroid, location.isoNumeric)) {
      errors.push({
        file: raw.locations.path,
        id: location.id,
        field: 'centroid',
        message: `outside ${location.label} by more than 1 km`,
      });
    }
  }
  const byId = new Map(locations.map((location) => [location.id, location]));

  const ecosystems: { item: Ecosystem; file: string }[] = [];
  // Ids of every record, valid or not, so one broken record does not also break its events.
  const ecosystemIds = new Set<string>();
  for (const file of raw.ecosystems) {
    const fallback = file.path.replace(/^.*\//, '').replace(/\.json$/, '');
    const { id, data } = parseOne(file, EcosystemSource, errors, fallback);
    ecosystemIds.add(id);
    if (data) ecosystems.push({ item: data, file: file.path });
  }
  checkUnique(ecosystems, errors);
  for (const { item, file } of ecosystems)
    checkEcosystem(item, file, byId, options.countries, errors);

  const network = parseOne(raw.network, NetworkSource, errors, 'network').data;
  const events = parseRecords(raw.events, EventSource, errors, 'events');
  checkUnique(
    events.map((item) => ({ item, file: raw.events.path })),
    errors,
  );
  const locationIds = new Set(byId.keys());
  for (const event of events) {
    const add: Add = (field, message) =>
      errors.push({ file: raw.events.path, id: event.id, field, message });
    checkEvent(event, add, ecosystemIds, locationIds);
  }
  if (network) checkNetwork(network, raw.network.path, errors);

  if (errors.length > 0 || !network) return { ok: false, errors };
  return {
    ok: true,
    data: { locations, network, events, ecosystems: ecosystems.map(({ item }) => item) },
  };
}
