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

function checkEcosystem(
  ecosystem: Ecosystem,
  file: string,
  locations: Map<string, Location>,
  errors: DataError[],
): void {
  const add = (field: string, message: string) =>
    errors.push({ file, id: ecosystem.id, field, message });
  const expectedFile = `${ecosystem.id}.json`;
  if (!file.endsWith(`/${expectedFile}`)) add('id', `must match the file name (${expectedFile})`);
  const location = locations.get(ecosystem.locationId);
  if (!location) {
    add('locationId', `unknown location "${ecosystem.locationId}" (not in data/locations.json)`);
  } else {
    const km = distanceKm(ecosystem.coordinates, location.centroid);
    if (km > location.radiusKm) {
      add(
        'coordinates',
        `${Math.round(km)} km from the centre of ${location.label} (at most ${location.radiusKm} km); ` +
          'are longitude and latitude swapped? GeoJSON order is [lng, lat]',
      );
    }
  }
  if (!ecosystem.illustrative && ecosystem.sources.length === 0) {
    add('sources', 'a record that is not illustrative must cite at least one source');
  }
  if (ecosystem.illustrative) {
    const named = ecosystem.leadOrganisations.length + ecosystem.partners.length;
    if (named > 0) add('leadOrganisations', 'an illustrative record must not name organisations');
    for (const key of ['memberOrganisations', 'meetingsPerYear', 'launchYear'] as const) {
      if (!ecosystem.estimates.includes(key))
        add('estimates', `an illustrative record's ${key} is an estimate: list it`);
    }
  }
  const mix = Object.values(ecosystem.stakeholderMix).reduce((sum, n) => sum + n, 0);
  if (mix > ecosystem.memberOrganisations) {
    add(
      'stakeholderMix',
      `adds up to ${mix}, more than memberOrganisations (${ecosystem.memberOrganisations})`,
    );
  }
}

export function validateData(raw: RawDataset): ValidationResult {
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
  for (const { item, file } of ecosystems) checkEcosystem(item, file, byId, errors);

  const network = parseOne(raw.network, NetworkSource, errors, 'network').data;
  const events = parseRecords(raw.events, EventSource, errors, 'events');
  checkUnique(
    events.map((item) => ({ item, file: raw.events.path })),
    errors,
  );
  for (const event of events) {
    if (!ecosystemIds.has(event.ecosystemId)) {
      errors.push({
        file: raw.events.path,
        id: event.id,
        field: 'ecosystemId',
        message: `unknown ecosystem "${event.ecosystemId}"`,
      });
    }
    if (Date.parse(event.end) <= Date.parse(event.start)) {
      errors.push({
        file: raw.events.path,
        id: event.id,
        field: 'end',
        message: 'must be after start',
      });
    }
  }

  if (errors.length > 0 || !network) return { ok: false, errors };
  return {
    ok: true,
    data: { locations, network, events, ecosystems: ecosystems.map(({ item }) => item) },
  };
}
