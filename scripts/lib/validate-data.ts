// Validates the raw files of data/ and reports every problem as file, record id and field.
// Pure: takes file contents, returns the parsed dataset or the full list of errors.
import { z as zod } from 'zod';
import { EventSource, type EventSource as AtlasEvent } from '../../src/api/event-schema';
import { NetworkSource, type NetworkSource as Network } from '../../src/api/network-schema';
import { EcosystemSource, LocationSource } from '../../src/api/schemas';
import { checkEvent, checkNetwork } from './check-events';
import { checkEcosystem, type Add } from './check-records';
import { inCountries, type CountryIndex } from './country-index';
import { checkUnique, parseOne, parseRecords } from './parse-files';
import { findKnownNames } from './validate-data-names';
import type { DataError, RawFile } from './validate-types';
import { byId } from '../../src/domain/lookup';

export type { DataError, RawFile } from './validate-types';

// English messages for the people who edit data/ (the app itself ships without them).
zod.config(zod.locales.en());

export interface RawDataset {
  locations: RawFile;
  network: RawFile;
  events: RawFile;
  ecosystems: RawFile[];
}

export interface Dataset {
  locations: LocationSource[];
  network: Network;
  events: AtlasEvent[];
  ecosystems: EcosystemSource[];
}

export type ValidationResult = { ok: true; data: Dataset } | { ok: false; errors: DataError[] };

export function formatError(error: DataError): string {
  return `${error.file} [${error.id}] ${error.field}: ${error.message}`;
}

export interface ValidateOptions {
  /** Country shapes to check that each map point lies in its location's country. */
  countries?: CountryIndex;
  /** Hashes of words that name a person (tests pass their own; the default is the known list). */
  nameHashes?: ReadonlySet<string>;
}

export function validateData(raw: RawDataset, options: ValidateOptions = {}): ValidationResult {
  const errors: DataError[] = [];
  for (const file of [raw.locations, raw.network, raw.events, ...raw.ecosystems]) {
    errors.push(...findKnownNames(file, options.nameHashes));
  }
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
  const locationsById = byId(locations);

  const ecosystems: { item: EcosystemSource; file: string }[] = [];
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
    checkEcosystem(item, file, locationsById, options.countries, errors);

  const network = parseOne(raw.network, NetworkSource, errors, 'network').data;
  const events = parseRecords(raw.events, EventSource, errors, 'events');
  checkUnique(
    events.map((item) => ({ item, file: raw.events.path })),
    errors,
  );
  const locationIds = new Set(locationsById.keys());
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
