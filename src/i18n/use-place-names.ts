// The place names and alphabetical order of the active language, for components.
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createCollator, type Collation } from './collation';
import {
  createPlaceNames,
  type Place,
  type PlaceNames,
  type PlaceWords,
  placeNamesById,
} from './place-names';

/** Place names with a given `t` (an embed may speak another language than its page). */
export function placeNamesFor(t: TFunction): PlaceNames {
  const words = t('places', { returnObjects: true }) as unknown as PlaceWords;
  return createPlaceNames(t('meta.locale'), words);
}

export function usePlaceNames(): PlaceNames {
  const { t } = useTranslation();
  // t is a new function whenever the language changes.
  return useMemo(() => placeNamesFor(t), [t]);
}

export function useCollation(): Collation {
  const { t } = useTranslation();
  return useMemo(() => createCollator(t('meta.locale')), [t]);
}

/** Each location's name by its id, for code that holds only ids (charts, takeaways). */
export function usePlaceNamesById(places: readonly Place[]): ReadonlyMap<string, string> {
  const names = usePlaceNames();
  return useMemo(() => placeNamesById(places, names), [places, names]);
}
