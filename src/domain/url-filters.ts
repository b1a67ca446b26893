// The explorer's and dashboard's filters in the URL (?country=, ?q=, ?year= and one parameter
// per list filter, ?region= and ?theme=): parsed from raw query values and written back.
// Defaults are left out, lists are comma-separated, and anything unknown or malformed is
// dropped and reported.
import {
  LIST_FILTERS,
  noSelections,
  selectedIn,
  type ListParam,
  type ListSelections,
} from './list-filters';
import { SLUG, splitList } from './url-slugs';

export interface Filters extends ListSelections {
  /** Location ids (`denmark`, `scandinavia`, ...). */
  countries: string[];
  /** Free-text search. */
  q: string;
  /**
   * `?year=2020`: the network as it stood that year, the ecosystems whose sourced join date
   * falls in or before it. Records with no published join date are left out, not guessed.
   */
  year?: number;
}

export const EMPTY_FILTERS: Filters = { countries: [], ...noSelections(), q: '' };

export const MAX_QUERY_LENGTH = 100;
const MAX_LIST_ITEMS = 50;

export interface ParsedFilters {
  filters: Filters;
  /** Values that were dropped, as the user typed them (truncated), for a notice. */
  dropped: string[];
}

type FilterKey = 'country' | ListParam | 'q' | 'year';
/** Every query parameter the filters read. */
export const FILTER_PARAMS: readonly FilterKey[] = [
  'country',
  ...LIST_FILTERS.map((filter) => filter.param),
  'q',
  'year',
];
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
  const lists = Object.fromEntries(
    LIST_FILTERS.map((filter) => [
      filter.field,
      pickKnown(search[filter.param], new Set<string>(filter.options), dropped),
    ]),
  );
  const q = typeof search.q === 'string' ? cleanQuery(search.q) : '';
  const year = parseYear(search.year, dropped);
  return {
    filters: {
      countries,
      // pickKnown kept only each row's own options, so every list holds its row's values.
      ...(lists as unknown as ListSelections),
      q,
      ...(year === undefined ? {} : { year }),
    },
    dropped,
  };
}

/** The query values for filters; empty ones are left out so defaults never reach the URL. */
export function serialiseFilters(filters: Filters): FilterSearch {
  const join = (items: readonly string[]) => (items.length > 0 ? items.join(',') : undefined);
  const lists = Object.fromEntries(
    LIST_FILTERS.map((filter) => [filter.param, join(selectedIn(filters, filter))]),
  ) as Record<ListParam, string | undefined>;
  return {
    country: join(filters.countries),
    ...lists,
    q: filters.q.length > 0 ? filters.q : undefined,
    year: filters.year === undefined ? undefined : String(filters.year),
  };
}

export function isEmptyFilters(filters: Filters): boolean {
  return activeFilterCount(filters) === 0;
}

/** Each chosen value counts one, as do a search and a year. */
export function activeFilterCount(filters: Filters): number {
  return (
    filters.countries.length +
    LIST_FILTERS.reduce((sum, filter) => sum + selectedIn(filters, filter).length, 0) +
    (filters.q ? 1 : 0) +
    (filters.year === undefined ? 0 : 1)
  );
}

/** Only the filters' own query values of a page's search, for a stable key. */
export const filterSearchOf = (search: Readonly<Record<string, unknown>>): RawFilterSearch =>
  Object.fromEntries(FILTER_PARAMS.map((param) => [param, search[param]]));
