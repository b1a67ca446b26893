// The names of places, world regions and themes in every language of the interface, for the
// search index: a visitor finds a theme by its Danish or its English name whichever language
// is active. Only these sections of each catalogue are bundled, not the whole catalogue.
import type { ThemeId, WorldRegion } from '../api/schemas';
import type { SearchPlace, SearchWords } from '../domain/search';
import { createPlaceNames, type PlaceWords } from './place-names';

interface Sections {
  meta: { locale: string };
  labels: { region: Record<WorldRegion, string>; theme: Record<ThemeId, string> };
  places: PlaceWords;
}

// One literal glob per section: Vite needs static options.
const META = import.meta.glob<Sections['meta']>('./locales/*.json', {
  eager: true,
  import: 'meta',
});
const LABELS = import.meta.glob<Sections['labels']>('./locales/*.json', {
  eager: true,
  import: 'labels',
});
const PLACES = import.meta.glob<Sections['places']>('./locales/*.json', {
  eager: true,
  import: 'places',
});

let cached: SearchWords | undefined;

export function searchWords(): SearchWords {
  if (cached) return cached;
  const labels = Object.values(LABELS);
  const places = Object.entries(PLACES).map(([file, words]) =>
    createPlaceNames(META[file]?.locale ?? 'en', words),
  );
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
