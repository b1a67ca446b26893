// A location's name in the visitor's language. Countries are named by Intl.DisplayNames from
// the ISO code the location carries ("Tyskland", "Czechia"); the nations, regions and
// cross-border areas the network lists (England, Scotland, Transylvania, Scandinavia) have
// no ISO code of their own and are named by the catalogue. The data keeps the network's
// English label as its stable id; it is the last resort when neither knows the place.
import type { LocationSource } from '../api/schemas';
import { createCollator } from './collation';

export type Place = Pick<LocationSource, 'id' | 'kind' | 'iso' | 'label'>;

/** The catalogue's `places` section. */
export interface PlaceWords {
  /** Places that are not countries, by location id. */
  names: Readonly<Record<string, string>>;
  /** How running text names a place where that differs from its name ("the United States"). */
  inText: Readonly<Record<string, string>>;
}

export interface PlaceNames {
  locale: string;
  /** The name as a list item, label or heading: "United States", "Spanien". */
  name: (place: Place) => string;
  /** The name inside a sentence: "Ecosystem in the United States". */
  inText: (place: Place) => string;
  /** Places sorted by name in the active language's alphabetical order. */
  sort: <T extends Place>(places: readonly T[]) => T[];
  compare: (a: string, b: string) => number;
}

export function createPlaceNames(locale: string, words: PlaceWords): PlaceNames {
  const regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  const cache = new Map<string, string>();
  const name = (place: Place): string => {
    const known = cache.get(place.id);
    if (known !== undefined) return known;
    const [code] = place.iso;
    const fromIntl = place.kind === 'country' && code ? regions.of(code) : undefined;
    const result = words.names[place.id] ?? fromIntl ?? place.label;
    cache.set(place.id, result);
    return result;
  };
  const { compare } = createCollator(locale);
  return {
    locale,
    name,
    inText: (place) => words.inText[place.id] ?? name(place),
    sort: (places) => [...places].sort((a, b) => compare(name(a), name(b))),
    compare,
  };
}

/** A map from location id to its name, for code that holds only ids. */
export function placeNamesById(
  places: readonly Place[],
  names: Pick<PlaceNames, 'name'>,
): Map<string, string> {
  return new Map(places.map((place) => [place.id, names.name(place)]));
}

/** Upper-cases the first letter, for a place name that opens a sentence ("The United States"). */
export function capitalise(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
