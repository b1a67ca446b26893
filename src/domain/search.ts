// Free-text search over ecosystems: names, lead organisations, places, categories, locations
// and themes. MiniSearch gives prefix and typo-tolerant matching from a prebuilt index.
import MiniSearch from 'minisearch';
import type { EcosystemSummary } from '../api/documents';
import { THEME_LABELS } from './labels';

interface Indexed {
  id: string;
  name: string;
  leads: string;
  place: string;
  category: string;
  location: string;
  themes: string;
}

export type SearchIndex = MiniSearch<Indexed>;

export function buildSearchIndex(
  ecosystems: readonly EcosystemSummary[],
  locationLabels: ReadonlyMap<string, string>,
): SearchIndex {
  const index = new MiniSearch<Indexed>({
    fields: ['name', 'leads', 'place', 'category', 'location', 'themes'],
    storeFields: [],
    searchOptions: {
      boost: { name: 3, location: 2, leads: 2 },
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
  index.addAll(
    ecosystems.map((ecosystem) => ({
      id: ecosystem.id,
      name: ecosystem.name,
      leads: ecosystem.leads.join(' '),
      place: ecosystem.place,
      category: ecosystem.category ?? '',
      location: locationLabels.get(ecosystem.locationId) ?? '',
      themes: ecosystem.themes.map((theme) => THEME_LABELS[theme]).join(' '),
    })),
  );
  return index;
}

/** Ids matching `query`, or undefined when the query is empty (no text filter). */
export function searchIds(index: SearchIndex, query: string): Set<string> | undefined {
  const text = query.trim();
  if (text === '') return undefined;
  return new Set(index.search(text).map((result) => String(result.id)));
}
