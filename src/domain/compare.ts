// Ecosystems side by side (/compare): for each row, every ecosystem's value as data, and
// whether the values differ. A placeholder has only its location and what the network's
// principles guarantee; a value no source gives is `not-published`, never a guess.
import type { AtlasEvent, Ecosystem, Location } from '../api/documents';
import type {
  DateFact,
  Figure,
  Organisation,
  StakeholderKind,
  ThemeId,
  WorldRegion,
} from '../api/schemas';
import { PRINCIPLES } from '../api/vocabulary';
import { NETWORK_MINIMUM_MEETINGS } from './stats';

export const COMPARE_ROWS = [
  'location',
  'category',
  'leads',
  'founded',
  'joinedNetwork',
  'memberOrganisations',
  'meetingsPerYear',
  'principles',
  'stakeholders',
  'themes',
  'gatherings',
  'sources',
] as const;
export type CompareRowKey = (typeof COMPARE_ROWS)[number];

/** The rows a presenter slide shows: what a room takes in at a glance. */
export const KEY_ROWS: readonly CompareRowKey[] = [
  'location',
  'memberOrganisations',
  'meetingsPerYear',
  'founded',
  'joinedNetwork',
  'gatherings',
];

export type CompareCell =
  | { kind: 'location'; locationId: string; label: string; place?: string; region?: WorldRegion }
  | { kind: 'text'; text: string }
  | { kind: 'organisations'; organisations: Organisation[] }
  | { kind: 'date'; fact: DateFact }
  | { kind: 'figure'; figure: Figure }
  /** No published count: the network's minimum, which every ecosystem meets. */
  | { kind: 'minimum'; minimum: number }
  /** The network's principles, shared by every member (not a per-record claim). */
  | { kind: 'principles'; count: number }
  | { kind: 'stakeholders'; kinds: StakeholderKind[]; source: string }
  | { kind: 'themes'; themes: ThemeId[] }
  | { kind: 'gatherings'; events: AtlasEvent[] }
  | { kind: 'sources'; sources: Ecosystem['sources'] }
  | { kind: 'not-published' }
  /** A placeholder: the network lists it, no public page gives this yet. */
  | { kind: 'not-public' };

export interface CompareRow {
  key: CompareRowKey;
  /** One cell per ecosystem, in the order chosen. */
  cells: CompareCell[];
  /** True when the ecosystems' values are not all the same (never for the sources row). */
  differs: boolean;
}

export interface CompareContext {
  locationsById: ReadonlyMap<string, Pick<Location, 'label' | 'region'>>;
  events: readonly AtlasEvent[];
}

const NOT_PUBLISHED: CompareCell = { kind: 'not-published' };
const NOT_PUBLIC: CompareCell = { kind: 'not-public' };

/** Rows a placeholder can answer: where it is, and what the principles guarantee. */
const PLACEHOLDER_ROWS: ReadonlySet<CompareRowKey> = new Set([
  'location',
  'meetingsPerYear',
  'principles',
  'sources',
]);

function cellFor(ecosystem: Ecosystem, key: CompareRowKey, context: CompareContext): CompareCell {
  if (ecosystem.placeholder && !PLACEHOLDER_ROWS.has(key)) return NOT_PUBLIC;
  switch (key) {
    case 'location': {
      const location = context.locationsById.get(ecosystem.locationId);
      const label = location?.label ?? ecosystem.locationId;
      return {
        kind: 'location',
        locationId: ecosystem.locationId,
        label,
        place: ecosystem.place === label ? undefined : ecosystem.place,
        region: location?.region,
      };
    }
    case 'category':
      return ecosystem.category ? { kind: 'text', text: ecosystem.category } : NOT_PUBLISHED;
    case 'leads':
      return ecosystem.leadOrganisations.length > 0
        ? { kind: 'organisations', organisations: ecosystem.leadOrganisations }
        : NOT_PUBLISHED;
    case 'founded':
    case 'joinedNetwork': {
      const fact = ecosystem[key];
      return fact ? { kind: 'date', fact } : NOT_PUBLISHED;
    }
    case 'memberOrganisations': {
      const figure = ecosystem.figures.memberOrganisations;
      return figure ? { kind: 'figure', figure } : NOT_PUBLISHED;
    }
    case 'meetingsPerYear': {
      const figure = ecosystem.figures.meetingsPerYear;
      return figure
        ? { kind: 'figure', figure }
        : { kind: 'minimum', minimum: NETWORK_MINIMUM_MEETINGS };
    }
    case 'principles':
      return { kind: 'principles', count: PRINCIPLES.length };
    case 'stakeholders':
      return ecosystem.stakeholders
        ? { kind: 'stakeholders', ...ecosystem.stakeholders }
        : NOT_PUBLISHED;
    case 'themes':
      return ecosystem.themes.length > 0
        ? { kind: 'themes', themes: ecosystem.themes }
        : NOT_PUBLISHED;
    case 'gatherings':
      return { kind: 'gatherings', events: hostedBy(ecosystem.id, context.events) };
    case 'sources':
      return { kind: 'sources', sources: ecosystem.sources };
  }
}

/** The gatherings an ecosystem hosted, latest first. */
export function hostedBy(id: string, events: readonly AtlasEvent[]): AtlasEvent[] {
  return events
    .filter((event) => event.hosts.includes(id))
    .sort((a, b) => b.start.localeCompare(a.start) || a.id.localeCompare(b.id));
}

const sorted = (items: readonly string[]) => [...items].sort().join('|');

/** What two cells must share to count as the same value. */
function sameness(cell: CompareCell): string {
  switch (cell.kind) {
    case 'location':
      return `location:${cell.locationId}:${cell.place ?? ''}`;
    case 'text':
      return `text:${cell.text.trim().toLowerCase()}`;
    case 'organisations':
      return `organisations:${sorted(cell.organisations.map((organisation) => organisation.name))}`;
    case 'date':
      return `date:${cell.fact.date}`;
    case 'figure':
      // The same number counting different things is a different figure.
      return `figure:${cell.figure.value}:${cell.figure.qualifier}:${cell.figure.counts ?? ''}`;
    case 'minimum':
      return `minimum:${cell.minimum}`;
    case 'principles':
      return `principles:${cell.count}`;
    case 'stakeholders':
      return `stakeholders:${sorted(cell.kinds)}`;
    case 'themes':
      return `themes:${sorted(cell.themes)}`;
    case 'gatherings':
      return `gatherings:${sorted(cell.events.map((event) => event.id))}`;
    case 'sources':
    case 'not-published':
    case 'not-public':
      return cell.kind;
  }
}

/** True when the cells do not all hold the same value. */
export function differs(cells: readonly CompareCell[]): boolean {
  return new Set(cells.map(sameness)).size > 1;
}

/** Every row of the comparison, in the order of `keys`. */
export function compareRows(
  ecosystems: readonly Ecosystem[],
  context: CompareContext,
  keys: readonly CompareRowKey[] = COMPARE_ROWS,
): CompareRow[] {
  return keys.map((key) => {
    const cells = ecosystems.map((ecosystem) => cellFor(ecosystem, key, context));
    // Each ecosystem has its own sources: a list of pages is not a value to compare.
    return { key, cells, differs: key !== 'sources' && differs(cells) };
  });
}
