// The rules a record must follow beyond its schema: every fact names one of the record's
// sources, a placeholder carries no facts, a map point lies in its own country. Each problem
// is reported by field.
import type { EcosystemSource, LocationSource } from '../../src/api/schemas';
import { distanceKm } from '../../src/domain/geo';
import { countryAt, inCountries, type CountryIndex } from './country-index';
import type { DataError } from './validate-types';

export type Add = (field: string, message: string) => void;

/** Every `source` a record's facts name must be one of its sources' ids, and ids unique. */
export function checkSourceRefs(
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
function factsOf(ecosystem: EcosystemSource): [string, string | undefined][] {
  const facts: [string, string | undefined][] = [];
  for (const [key, figure] of Object.entries(ecosystem.figures)) {
    facts.push([`figures.${key}.source`, figure.source]);
  }
  if (ecosystem.founded) facts.push(['founded.source', ecosystem.founded.source]);
  if (ecosystem.joinedNetwork) facts.push(['joinedNetwork.source', ecosystem.joinedNetwork.source]);
  if (ecosystem.stakeholders) facts.push(['stakeholders.source', ecosystem.stakeholders.source]);
  for (const role of ['leadOrganisations', 'partners', 'supportedBy'] as const) {
    ecosystem[role].forEach((organisation, index) => {
      if (organisation.source !== undefined)
        facts.push([`${role}.${index}.source`, organisation.source]);
    });
  }
  return facts;
}

/** A role dated by `asOf` names the source that dates it, and a source dates nothing alone. */
function checkDatedRoles(ecosystem: EcosystemSource, add: Add): void {
  for (const role of ['leadOrganisations', 'partners', 'supportedBy'] as const) {
    ecosystem[role].forEach((organisation, index) => {
      if ((organisation.asOf === undefined) !== (organisation.source === undefined)) {
        add(`${role}.${index}`, 'asOf and source go together: the date of a role names its source');
      }
    });
  }
}

/** The first and last day a partial date can mean, as comparable strings ("2026-11-31" is fine). */
const earliest = (date: string) => date + '-01-01'.slice(date.length - 4);
const latest = (date: string) =>
  date + (date.length === 4 ? '-12-31' : date.length === 7 ? '-31' : '');

/** A page cannot be checked before it was published, nor checked before it was first read. */
export function checkSourceDates(
  sources: readonly { published: string | null; accessed: string; verified: string }[],
  add: Add,
): void {
  sources.forEach((source, index) => {
    if (source.published !== null && latest(source.verified) < earliest(source.published)) {
      add(`sources.${index}.verified`, `is before the page was published (${source.published})`);
    }
    if (latest(source.verified) < earliest(source.accessed)) {
      add(`sources.${index}.verified`, `is before the page was first read (${source.accessed})`);
    }
  });
}

/** A placeholder carries its location and map point, nothing a source would have to say. */
function checkPlaceholder(ecosystem: EcosystemSource, add: Add): void {
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
  ecosystem: EcosystemSource,
  location: LocationSource | undefined,
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

export function checkEcosystem(
  ecosystem: EcosystemSource,
  file: string,
  locations: Map<string, LocationSource>,
  countries: CountryIndex | undefined,
  errors: DataError[],
): void {
  const add: Add = (field, message) => errors.push({ file, id: ecosystem.id, field, message });
  const expectedFile = `${ecosystem.id}.json`;
  if (!file.endsWith(`/${expectedFile}`)) add('id', `must match the file name (${expectedFile})`);
  checkPlace(ecosystem, locations.get(ecosystem.locationId), countries, add);
  checkSourceRefs(ecosystem.sources, factsOf(ecosystem), add);
  checkSourceDates(ecosystem.sources, add);
  checkDatedRoles(ecosystem, add);
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
