// Free-text search over ecosystems: names, lead organisations, places, categories, locations,
// world regions and themes. Locations, regions and themes are indexed by their names in every
// language of the interface, so "Telesundhed" finds telehealth with English active and
// "Germany" finds Tyskland with Danish active. MiniSearch gives prefix and typo-tolerant
// matching from a prebuilt index.
import MiniSearch from 'minisearch';
import type { EcosystemSummary, Location } from '../api/documents';
import type { ThemeId, WorldRegion } from '../api/schemas';
import { REGION_LABELS, THEME_LABELS } from './labels';
import { byId } from './lookup';

interface Indexed {
  id: string;
  name: string;
  leads: string;
  place: string;
  category: string;
  location: string;
  region: string;
  themes: string;
}

export type SearchIndex = MiniSearch<Indexed>;

export type SearchPlace = Pick<Location, 'id' | 'label' | 'kind' | 'iso' | 'region'>;

/** The names a location, a region and a theme go by, in every language searched. */
export interface SearchWords {
  place: (location: SearchPlace) => readonly string[];
  region: (region: WorldRegion) => readonly string[];
  theme: (theme: ThemeId) => readonly string[];
}

/** English names only: the words when no catalogue is at hand. */
export const ENGLISH_WORDS: SearchWords = {
  place: (location) => [location.label],
  region: (region) => [REGION_LABELS[region]],
  theme: (theme) => [THEME_LABELS[theme]],
};

const unique = (names: readonly string[]) => [...new Set(names)].join(' ');

export function buildSearchIndex(
  ecosystems: readonly EcosystemSummary[],
  /** The locations, or (older callers) only their labels by id. */
  locations: readonly SearchPlace[] | ReadonlyMap<string, string>,
  words: SearchWords = ENGLISH_WORDS,
): SearchIndex {
  const places: ReadonlyMap<string, SearchPlace | string> =
    locations instanceof Map ? locations : byId(locations as readonly SearchPlace[]);
  const index = new MiniSearch<Indexed>({
    fields: ['name', 'leads', 'place', 'category', 'location', 'region', 'themes'],
    storeFields: [],
    searchOptions: {
      boost: { name: 3, location: 2, leads: 2 },
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
  index.addAll(
    ecosystems.map((ecosystem) => {
      const location = places.get(ecosystem.locationId);
      const place = typeof location === 'object' ? location : undefined;
      return {
        id: ecosystem.id,
        name: ecosystem.name,
        leads: ecosystem.leads.join(' '),
        place: ecosystem.place,
        category: ecosystem.category ?? '',
        location: place ? unique(words.place(place)) : typeof location === 'string' ? location : '',
        region: place ? unique(words.region(place.region)) : '',
        themes: unique(ecosystem.themes.flatMap((theme) => words.theme(theme))),
      };
    }),
  );
  return index;
}

/** Ids matching `query`, or undefined when the query is empty (no text filter). */
export function searchIds(index: SearchIndex, query: string): Set<string> | undefined {
  const text = query.trim();
  if (text === '') return undefined;
  return new Set(index.search(text).map((result) => String(result.id)));
}
