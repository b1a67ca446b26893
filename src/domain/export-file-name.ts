// The part of a download's file name that says what it holds (`spain`, `all`): kept apart from
// the export columns so a page can name a file without loading them.
import { LIST_FILTERS, selectedIn, type ListField } from './list-filters';
import type { Filters } from './url-filters';
/**
 * The part of a download's file name that says what it holds: `all` without filters, else the
 * filter values (`spain`, `spain-denmark`, `europe-telehealth`), or `filtered` when too long.
 */
export function exportFileStem(
  filters: Pick<Filters, 'countries' | 'q'> & Readonly<Record<ListField, readonly string[]>>,
): string {
  const query = filters.q
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const parts = [
    ...filters.countries,
    ...LIST_FILTERS.flatMap((filter) => selectedIn(filters, filter)),
    ...(query ? [`search-${query}`] : filters.q ? ['search'] : []),
  ];
  if (parts.length === 0) return 'all';
  const stem = parts.join('-');
  return stem.length <= 60 ? stem : 'filtered';
}
