// The URL is the state of the explorer and dashboard: this module parses raw query values into
// filters and back. Defaults are left out, lists are comma-separated, and anything unknown or
// malformed is dropped and reported so the page can tell the user.
import { type ThemeId, type WorldRegion } from '../api/schemas';
import { THEMES, WORLD_REGIONS } from '../api/vocabulary';

export interface Filters {
  /** Location ids (`denmark`, `scandinavia`, ...). */
  countries: string[];
  regions: WorldRegion[];
  themes: ThemeId[];
  /** Free-text search. */
  q: string;
  /**
   * `?year=2020`: the network as it stood that year, the ecosystems whose sourced join date
   * falls in or before it. Records with no published join date are left out, not guessed.
   */
  year?: number;
}

export const EMPTY_FILTERS: Filters = { countries: [], regions: [], themes: [], q: '' };

export const MAX_QUERY_LENGTH = 100;
const MAX_LIST_ITEMS = 50;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface ParsedFilters {
  filters: Filters;
  /** Values that were dropped, as the user typed them (truncated), for a notice. */
  dropped: string[];
}

type FilterKey = 'country' | 'region' | 'theme' | 'q' | 'year';
export type RawFilterSearch = Partial<Record<FilterKey, unknown>>;
/** Filters as query values, ready for a link's `search`. */
export type FilterSearch = Record<FilterKey, string | undefined>;

/** The years `?year=` accepts: four digits, from the first ecosystems to a generous future. */
export const YEAR_RANGE = { min: 1990, max: 2100 } as const;

function parseYear(value: unknown, dropped: string[]): number | undefined {
  if (value === undefined || value === '') return undefined;
  const text =
    typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '?';
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (year >= YEAR_RANGE.min && year <= YEAR_RANGE.max) return year;
  dropped.push(text.length > 40 ? `${text.slice(0, 40)}…` : text);
  return undefined;
}

function splitList(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  return value
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter((item) => item.length > 0);
}

function pickKnown<T extends string>(
  value: unknown,
  known: ReadonlySet<string>,
  dropped: string[],
): T[] {
  const result: T[] = [];
  for (const item of splitList(value)) {
    const ok = item.length <= 80 && SLUG.test(item) && known.has(item);
    if (ok && !result.includes(item as T) && result.length < MAX_LIST_ITEMS) result.push(item as T);
    else if (!ok) dropped.push(item.length > 40 ? `${item.slice(0, 40)}…` : item);
  }
  return result;
}

/** Removes control, bidi-override and zero-width characters and collapses white space. */
export function cleanQuery(value: string): string {
  return value
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
}

/**
 * `knownLocationIds` is undefined while the locations load: then every well-formed location
 * id is kept for now, and unknown ones are dropped once the list is known.
 */
export function parseFilters(
  search: RawFilterSearch,
  knownLocationIds: ReadonlySet<string> | undefined,
): ParsedFilters {
  const dropped: string[] = [];
  const wellFormed = new Set(
    splitList(search.country).filter((item) => item.length <= 80 && SLUG.test(item)),
  );
  const countries = pickKnown<string>(search.country, knownLocationIds ?? wellFormed, dropped);
  const regions = pickKnown<WorldRegion>(search.region, new Set(WORLD_REGIONS), dropped);
  const themes = pickKnown<ThemeId>(search.theme, new Set(THEMES), dropped);
  const q = typeof search.q === 'string' ? cleanQuery(search.q) : '';
  const year = parseYear(search.year, dropped);
  return {
    filters: { countries, regions, themes, q, ...(year === undefined ? {} : { year }) },
    dropped,
  };
}

/** The query values for filters; empty ones are left out so defaults never reach the URL. */
export function serialiseFilters(filters: Filters): FilterSearch {
  const join = (items: readonly string[]) => (items.length > 0 ? items.join(',') : undefined);
  return {
    country: join(filters.countries),
    region: join(filters.regions),
    theme: join(filters.themes),
    q: filters.q.length > 0 ? filters.q : undefined,
    year: filters.year === undefined ? undefined : String(filters.year),
  };
}

export function isEmptyFilters(filters: Filters): boolean {
  return (
    filters.countries.length === 0 &&
    filters.regions.length === 0 &&
    filters.themes.length === 0 &&
    filters.q === '' &&
    filters.year === undefined
  );
}

export function activeFilterCount(filters: Filters): number {
  return (
    filters.countries.length +
    filters.regions.length +
    filters.themes.length +
    (filters.q ? 1 : 0) +
    (filters.year === undefined ? 0 : 1)
  );
}

// ---- presenter: ?slide=N (1-based), ?auto=SECONDS, ?kiosk=1, ?spotlight=<id> ---------------

export interface PresentParams {
  /** 1-based slide number, when valid. */
  slide: number | undefined;
  /** Seconds per slide for auto-advance, when valid. */
  auto: number | undefined;
  kiosk: boolean;
  spotlight: string | undefined;
}

function positiveInt(value: unknown, max: number): number | undefined {
  if (typeof value !== 'string' || !/^\d{1,4}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 && n <= max ? n : undefined;
}

const slugOrUndefined = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length <= 80 && SLUG.test(value) ? value : undefined;

/** Slide numbers past the last slide are brought back to it by the presenter. */
export function parsePresent(
  search: Partial<Record<'slide' | 'auto' | 'kiosk' | 'spotlight', unknown>>,
): PresentParams {
  return {
    slide: positiveInt(search.slide, 999),
    auto: positiveInt(search.auto, 3600),
    kiosk: search.kiosk === '1',
    spotlight: slugOrUndefined(search.spotlight),
  };
}

/** `?qr=0` hides the QR code on each slide; shown is the default and is not written. */
export const parseQrShown = (value: unknown): boolean => value !== '0';

/** `?slide=` for a 0-based index: the first slide is the default and is not written. */
export const serialiseSlide = (index: number): string | undefined =>
  index === 0 ? undefined : String(index + 1);

// ---- explorer: ?selected=<id>, the ecosystem whose panel is open ---------------------------

export const parseSelected = (value: unknown): string | undefined => slugOrUndefined(value);

// ---- compare: ?ids=a,b on /compare, ?compare=a,b (the tray) on any other page ---------------

/** The most ecosystems a comparison holds. */
export const MAX_COMPARE = 4;

export type CompareDropReason = 'unknown' | 'repeated' | 'too-many';

export interface DroppedId {
  /** As the link spelt it (lowercased, truncated), for the notice. */
  value: string;
  reason: CompareDropReason;
}

export interface ParsedCompareIds {
  ids: string[];
  dropped: DroppedId[];
}

/**
 * Ecosystem ids in the link's order: malformed or unknown ones, repeats and any past the
 * fourth are dropped and reported. `knownIds` is undefined while the ecosystems load: then
 * every well-formed id is kept for now, and unknown ones are dropped once the list is known.
 */
export function parseCompareIds(
  value: unknown,
  knownIds: ReadonlySet<string> | undefined,
): ParsedCompareIds {
  const ids: string[] = [];
  const dropped: DroppedId[] = [];
  for (const item of splitList(value)) {
    const shown = item.length > 40 ? `${item.slice(0, 40)}…` : item;
    const wellFormed = item.length <= 80 && SLUG.test(item);
    if (!wellFormed || (knownIds !== undefined && !knownIds.has(item)))
      dropped.push({ value: shown, reason: 'unknown' });
    else if (ids.includes(item)) dropped.push({ value: shown, reason: 'repeated' });
    else if (ids.length >= MAX_COMPARE) dropped.push({ value: shown, reason: 'too-many' });
    else ids.push(item);
  }
  return { ids, dropped };
}

/** `a,b` for the link; no ids, no parameter. */
export const serialiseCompareIds = (ids: readonly string[]): string | undefined =>
  ids.length > 0 ? ids.join(',') : undefined;

// ---- embeds: ?list=1 (the list beside the map), /embed/chart/<name> -----------------------

export interface EmbedParams {
  /** The list of the same ecosystems beside (or below) the map. */
  list: boolean;
}

export const parseEmbed = (search: Partial<Record<'list', unknown>>): EmbedParams => ({
  list: search.list === '1',
});

/** The map alone is the default and is not written. */
export const serialiseEmbed = (params: EmbedParams): Record<'list', string | undefined> => ({
  list: params.list ? '1' : undefined,
});

/** The dashboard's charts that other sites can embed, by the name in their address. */
export const CHART_NAMES = ['regions', 'top-locations', 'growth', 'member-counts'] as const;
export type ChartName = (typeof CHART_NAMES)[number];

export const parseChartName = (value: unknown): ChartName | undefined =>
  CHART_NAMES.find((name) => name === value);
