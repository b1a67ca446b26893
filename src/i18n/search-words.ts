// The names of places, world regions and themes in every language of the interface, for the
// search index: a visitor finds a theme by its Danish or its English name whichever language
// is active. Only these sections of each catalogue are bundled, not the whole catalogue.
import type { ThemeId, WorldRegion } from '../api/schemas';
import type { SearchPlace, SearchWords } from '../domain/search';
import sections from 'virtual:search-words';
import { createPlaceNames, type PlaceWords } from './place-names';

interface Sections {
  meta: { locale: string };
  labels: { region: Record<WorldRegion, string>; theme: Record<ThemeId, string> };
  places: PlaceWords;
}

/** Built from the catalogues by scripts/lib/search-words-plugin.ts: these sections only. */
const SECTIONS = Object.values(sections as Record<string, Sections>);

let cached: SearchWords | undefined;

export function searchWords(): SearchWords {
  if (cached) return cached;
  const labels = SECTIONS.map((section) => section.labels);
  const places = SECTIONS.map((section) => createPlaceNames(section.meta.locale, section.places));
  cached = {
    place: (location: SearchPlace) => [
      location.label,
      ...places.flatMap((names) => [names.name(location), names.inText(location)]),
    ],
    region: (region) => labels.map((catalogue) => catalogue.region[region]),
    theme: (theme) => labels.map((catalogue) => catalogue.theme[theme]),
  };
  return cached;
}
