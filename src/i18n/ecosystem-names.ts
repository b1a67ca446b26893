// What an ecosystem is called and where it is, in the visitor's language. A placeholder has
// no public name: it is called after its location from the catalogue ("Økosystem i Belgien"),
// never by the English text the record keeps as its stable name for the API and downloads.
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EcosystemSource } from '../api/schemas';
import type { Place, PlaceNames } from './place-names';
import { placeNamesFor } from './use-place-names';

export type Named = Pick<EcosystemSource, 'name' | 'placeholder' | 'place' | 'locationId'>;

export interface EcosystemNames {
  places: PlaceNames;
  /** Its name: the record's own, or for a placeholder "Ecosystem in <location>". */
  name: (ecosystem: Named, location: Place | undefined) => string;
  /** "Danmark · Odense", or the location alone when the record gives no nearer place. */
  where: (ecosystem: Named, location: Place | undefined) => string;
  /** The location's name alone, or its id when the location is unknown. */
  location: (ecosystem: Pick<Named, 'locationId'>, location: Place | undefined) => string;
}

export function ecosystemNamesFor(t: TFunction): EcosystemNames {
  const places = placeNamesFor(t);
  const location: EcosystemNames['location'] = (ecosystem, place) =>
    place ? places.name(place) : ecosystem.locationId;
  return {
    places,
    name: (ecosystem, place) =>
      ecosystem.placeholder && place
        ? t('places.ecosystemIn', { location: places.inText(place) })
        : ecosystem.name,
    where: (ecosystem, place) => {
      const named = location(ecosystem, place);
      // The record repeats its location's English label as its place when it knows no nearer one.
      const nearer = !ecosystem.placeholder && ecosystem.place !== place?.label;
      return nearer ? `${named} · ${ecosystem.place}` : named;
    },
    location,
  };
}

export function useEcosystemNames(): EcosystemNames {
  const { t } = useTranslation();
  // t is a new function whenever the language changes.
  return useMemo(() => ecosystemNamesFor(t), [t]);
}
