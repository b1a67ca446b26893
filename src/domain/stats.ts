// Network-in-numbers aggregations: pure functions of ecosystems and locations, used by the
// API build (stats.json) and by the dashboard for filtered views.
import {
  type LocationSource,
  type PrincipleId,
  type StakeholderKind,
  type WorldRegion,
} from '../api/schemas';
import { PRINCIPLES, STAKEHOLDER_KINDS, WORLD_REGIONS } from '../api/vocabulary';
import { type EcosystemSummary, type Location, type Totals } from '../api/documents';

type Counted = Pick<EcosystemSummary, 'locationId' | 'memberOrganisations' | 'meetingsPerYear'>;
type Placed = Pick<LocationSource, 'id' | 'iso' | 'region'>;

export interface Tally {
  ecosystems: number;
  memberOrganisations: number;
  meetingsPerYear: number;
}

export function tally(ecosystems: readonly Counted[]): Tally {
  let memberOrganisations = 0;
  let meetingsPerYear = 0;
  for (const ecosystem of ecosystems) {
    memberOrganisations += ecosystem.memberOrganisations;
    meetingsPerYear += ecosystem.meetingsPerYear;
  }
  return { ecosystems: ecosystems.length, memberOrganisations, meetingsPerYear };
}

export function computeTotals(
  ecosystems: readonly Counted[],
  locations: readonly Placed[],
): Totals {
  const byId = new Map(locations.map((location) => [location.id, location]));
  const used = new Set(ecosystems.map((ecosystem) => ecosystem.locationId));
  const countries = new Set<string>();
  for (const id of used) for (const code of byId.get(id)?.iso ?? []) countries.add(code);
  return { ...tally(ecosystems), locations: used.size, activeCountries: countries.size };
}

export function tallyByRegion(
  ecosystems: readonly Counted[],
  locations: readonly Placed[],
): (Tally & { region: WorldRegion })[] {
  const regionOf = new Map(locations.map((location) => [location.id, location.region]));
  return WORLD_REGIONS.map((region) => ({
    region,
    ...tally(ecosystems.filter((ecosystem) => regionOf.get(ecosystem.locationId) === region)),
  })).filter((row) => row.ecosystems > 0);
}

/** One row per location that has ecosystems, in the order of `locations`. */
export function tallyByLocation(
  ecosystems: readonly Counted[],
  locations: readonly Pick<Location, 'id'>[],
): (Tally & { locationId: string })[] {
  const groups = new Map<string, Counted[]>();
  for (const ecosystem of ecosystems) {
    const group = groups.get(ecosystem.locationId);
    if (group) group.push(ecosystem);
    else groups.set(ecosystem.locationId, [ecosystem]);
  }
  return locations.flatMap((location) => {
    const group = groups.get(location.id);
    return group ? [{ locationId: location.id, ...tally(group) }] : [];
  });
}

/** Cumulative ecosystems and member organisations by launch year, with no gap years. */
export function growthByYear(
  ecosystems: readonly Pick<EcosystemSummary, 'launchYear' | 'memberOrganisations'>[],
): { year: number; ecosystems: number; memberOrganisations: number }[] {
  if (ecosystems.length === 0) return [];
  const perYear = new Map<number, { ecosystems: number; memberOrganisations: number }>();
  for (const { launchYear, memberOrganisations } of ecosystems) {
    const row = perYear.get(launchYear) ?? { ecosystems: 0, memberOrganisations: 0 };
    row.ecosystems += 1;
    row.memberOrganisations += memberOrganisations;
    perYear.set(launchYear, row);
  }
  const years = [...perYear.keys()];
  const last = years.reduce((a, b) => Math.max(a, b));
  const rows = [];
  let count = 0;
  let members = 0;
  for (let year = years.reduce((a, b) => Math.min(a, b)); year <= last; year += 1) {
    count += perYear.get(year)?.ecosystems ?? 0;
    members += perYear.get(year)?.memberOrganisations ?? 0;
    rows.push({ year, ecosystems: count, memberOrganisations: members });
  }
  return rows;
}

/** Locations ranked by member organisations, largest first (ties by name order given). */
export function topLocationsByMembers(
  ecosystems: readonly Counted[],
  locations: readonly Pick<Location, 'id'>[],
  limit = 10,
): (Tally & { locationId: string })[] {
  return tallyByLocation(ecosystems, locations)
    .sort((a, b) => b.memberOrganisations - a.memberOrganisations)
    .slice(0, limit);
}

/** Member organisations of each stakeholder kind, per world region (for stacked bars). */
export function stakeholderMixByRegion(
  ecosystems: readonly Pick<EcosystemSummary, 'locationId' | 'stakeholderMix'>[],
  locations: readonly Placed[],
): ({ region: WorldRegion } & Record<StakeholderKind, number>)[] {
  const regionOf = new Map(locations.map((location) => [location.id, location.region]));
  const empty = () =>
    Object.fromEntries(STAKEHOLDER_KINDS.map((kind) => [kind, 0])) as Record<
      StakeholderKind,
      number
    >;
  const rows = new Map<WorldRegion, Record<StakeholderKind, number>>();
  for (const ecosystem of ecosystems) {
    const region = regionOf.get(ecosystem.locationId);
    if (!region) continue;
    const row = rows.get(region) ?? empty();
    for (const kind of STAKEHOLDER_KINDS) row[kind] += ecosystem.stakeholderMix[kind] ?? 0;
    rows.set(region, row);
  }
  return WORLD_REGIONS.flatMap((region) => {
    const row = rows.get(region);
    return row ? [{ region, ...row }] : [];
  });
}

/** How many ecosystems meet each of the nine principles, in the network's order. */
export function principleCounts(
  ecosystems: readonly Pick<EcosystemSummary, 'principles'>[],
): { principle: PrincipleId; ecosystems: number }[] {
  return PRINCIPLES.map((principle) => ({
    principle,
    ecosystems: ecosystems.filter((ecosystem) => ecosystem.principles.includes(principle)).length,
  }));
}
