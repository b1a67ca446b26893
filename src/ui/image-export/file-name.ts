// File names for downloaded images: the figure's name and the filters it shows, in plain ASCII,
// so the name survives every file system and mail client.
import { LIST_FILTERS, selectedIn } from '../../domain/list-filters';
import type { Filters } from '../../domain/url-state';

/** Letters that Unicode does not split into a base letter and a mark. */
const FOLDS: Record<string, string> = {
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ł: 'l',
  þ: 'th',
};

/** "Økosystemer efter verdensregion" → "okosystemer-efter-verdensregion". */
export function slugify(text: string, maxLength = 60): string {
  const folded = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[æøœßđłþ]/g, (letter) => FOLDS[letter] ?? '');
  const slug = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '');
}

/** The filters as a short slug ("denmark-spain_telehealth"), empty without filters. */
export function filterSlug(filters: Filters): string {
  return [
    filters.countries.join('-'),
    ...LIST_FILTERS.map((filter) => selectedIn(filters, filter).join('-')),
    slugify(filters.q, 30),
  ]
    .filter((part) => part.length > 0)
    .join('_')
    .slice(0, 80)
    .replace(/[-_]+$/, '');
}

/** "ecosystems-by-world-region_denmark.png"; `fallback` when the name has no usable letters. */
export function imageFileName(
  name: string,
  filters: Filters,
  extension: 'png' | 'svg',
  fallback = 'image',
): string {
  const base = slugify(name) || fallback;
  const slug = filterSlug(filters);
  return `${slug ? `${base}_${slug}` : base}.${extension}`;
}
