// Network-in-numbers aggregations: pure functions of ecosystems and locations, used by the
// API build (stats.json) and by the dashboard for filtered views. A sum only covers the
// ecosystems that publish the figure, and says so; nothing unknown is ever counted in.
import type {
  EcosystemFigures,
  LocationSource,
  Qualifier,
  SumQualifier,
  WorldRegion,
} from '../api/schemas';
import { WORLD_REGIONS } from '../api/vocabulary';
import type { Coverage, EcosystemSummary, Location, Totals } from '../api/documents';
import { byId, fieldById } from './lookup';

/** Every ecosystem of the network meets at least four times a year (its basic principles). */
export const NETWORK_MINIMUM_MEETINGS = 4;

type Placed = Pick<LocationSource, 'id' | 'iso' | 'region'>;
type Counted = Pick<EcosystemSummary, 'locationId' | 'placeholder' | 'figures'>;

/**
 * How a sum of published figures stands to its parts (the rule in docs/data.md):
 * - exact parts only: the sum is exact;
 * - exact and "at least" parts: "at least" (lower bounds add up to a lower bound);
 * - exact and "about" parts: "about" (rounded parts give a rounded sum);
 * - "at least" with "about": "more than". The sources' "at least" figures are their "more
 *   than N" and "N+", lower bounds that may lie far above N, while an "about" part is only
 *   rounded: the total is neither a sum of rounded figures nor a bound each part guarantees.
 *   "About 880" would hide the open lower bounds; "more than 880" is what the parts say
 *   together, as the sources themselves write a total over many members ("more than 600").
 */
export function sumQualifier(qualifiers: readonly Qualifier[]): SumQualifier {
  const atLeast = qualifiers.includes('at-least');
  const about = qualifiers.includes('about');
  if (atLeast && about) return 'more-than';
  if (about) return 'about';
  if (atLeast) return 'at-least';
  return 'exact';
}

/** The sum of one published figure over the ecosystems that publish it. */
export function coverage(
  ecosystems: readonly Pick<EcosystemSummary, 'figures'>[],
  key: keyof EcosystemFigures,
): Coverage {
  let total = 0;
  const qualifiers: Qualifier[] = [];
  for (const ecosystem of ecosystems) {
    const figure = ecosystem.figures[key];
    if (!figure) continue;
    total += figure.value;
    qualifiers.push(figure.qualifier);
  }
  return {
    total,
    qualifier: sumQualifier(qualifiers),
    covered: qualifiers.length,
    of: ecosystems.length,
  };
}

export function computeTotals(
  ecosystems: readonly Counted[],
  locations: readonly Placed[],
): Totals {
  const located = byId(locations);
  const used = new Set(ecosystems.map((ecosystem) => ecosystem.locationId));
  const countries = new Set<string>();
  for (const id of used) for (const code of located.get(id)?.iso ?? []) countries.add(code);
  return {
    ecosystems: ecosystems.length,
    placeholders: ecosystems.filter((ecosystem) => ecosystem.placeholder).length,
    locations: used.size,
    activeCountries: countries.size,
    memberOrganisations: coverage(ecosystems, 'memberOrganisations'),
    meetingsPerYearMinimum: NETWORK_MINIMUM_MEETINGS * ecosystems.length,
  };
}

export function tallyByRegion(
  ecosystems: readonly Pick<EcosystemSummary, 'locationId'>[],
  locations: readonly Placed[],
): { region: WorldRegion; ecosystems: number }[] {
  const regionOf = fieldById(locations, 'region');
  const counts = new Map<WorldRegion, number>();
  for (const { locationId } of ecosystems) {
    const region = regionOf.get(locationId);
    if (region) counts.set(region, (counts.get(region) ?? 0) + 1);
  }
  return WORLD_REGIONS.flatMap((region) => {
    const count = counts.get(region);
    return count ? [{ region, ecosystems: count }] : [];
  });
}

/** One row per location that has ecosystems, in the order of `locations`. */
export function tallyByLocation(
  ecosystems: readonly Pick<EcosystemSummary, 'locationId'>[],
  locations: readonly Pick<Location, 'id'>[],
): { locationId: string; ecosystems: number }[] {
  const counts = new Map<string, number>();
  for (const { locationId } of ecosystems)
    counts.set(locationId, (counts.get(locationId) ?? 0) + 1);
  return locations.flatMap((location) => {
    const count = counts.get(location.id);
    return count ? [{ locationId: location.id, ecosystems: count }] : [];
  });
}

/** Locations with the most ecosystems, largest first (ties keep the order given). */
export function topLocations(
  ecosystems: readonly Pick<EcosystemSummary, 'locationId'>[],
  locations: readonly Pick<Location, 'id'>[],
  limit = 10,
): { locationId: string; ecosystems: number }[] {
  return tallyByLocation(ecosystems, locations)
    .sort((a, b) => b.ecosystems - a.ecosystems)
    .slice(0, limit);
}

export interface Growth {
  /** Per year from the first to the last known: joined that year, and all joined so far. */
  rows: { year: number; joined: number; total: number }[];
  /** Ecosystems whose joining date no source gives. */
  undated: number;
}

/** Ecosystems by the year they joined the network, where a source gives that year. */
export function growthByYear(
  ecosystems: readonly Pick<EcosystemSummary, 'joinedNetwork'>[],
): Growth {
  const perYear = new Map<number, number>();
  let undated = 0;
  for (const { joinedNetwork } of ecosystems) {
    if (!joinedNetwork) {
      undated += 1;
      continue;
    }
    const year = Number(joinedNetwork.date.slice(0, 4));
    perYear.set(year, (perYear.get(year) ?? 0) + 1);
  }
  const years = [...perYear.keys()];
  if (years.length === 0) return { rows: [], undated };
  const rows = [];
  let total = 0;
  for (let year = Math.min(...years); year <= Math.max(...years); year += 1) {
    const joined = perYear.get(year) ?? 0;
    total += joined;
    rows.push({ year, joined, total });
  }
  return { rows, undated };
}

/** The ecosystems that publish a member count, largest first. */
export function publishedMemberCounts<T extends Pick<EcosystemSummary, 'figures' | 'name'>>(
  ecosystems: readonly T[],
): T[] {
  return ecosystems
    .filter((ecosystem) => ecosystem.figures.memberOrganisations !== undefined)
    .sort(
      (a, b) =>
        (b.figures.memberOrganisations?.value ?? 0) - (a.figures.memberOrganisations?.value ?? 0) ||
        a.name.localeCompare(b.name, 'en'),
    );
}

export interface GrowthPoint {
  year: number;
  /** Atlas records that had joined by the end of the year (where the year is published). */
  records?: number;
  /** The network's own published count in that year (the latest of the year). */
  network?: number;
}

/** One row per year: the records' cumulative count and the network's published counts. */
export function growthSeries(
  growth: Growth,
  published: readonly { asOf: string; value: number }[],
): GrowthPoint[] {
  const rows = new Map<number, GrowthPoint>();
  for (const { year, total } of growth.rows) rows.set(year, { year, records: total });
  for (const { asOf, value } of published) {
    const year = Number(asOf.slice(0, 4));
    rows.set(year, { ...(rows.get(year) ?? { year }), network: value });
  }
  return [...rows.values()].sort((a, b) => a.year - b.year);
}
