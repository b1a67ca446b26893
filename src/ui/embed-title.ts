// The words of an embed in the language it is embedded in, which may differ from the page's:
// the iframe's title ("Map of digital health ecosystems: Spain") is read on the other site.
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIST_FILTERS, selectedIn, type AnyListFilter } from '../domain/list-filters';
import type { Filters } from '../domain/url-state';
import type { Place } from '../i18n/place-names';
import { placeNamesFor } from '../i18n/use-place-names';

/**
 * The active filters in words ("Danmark, Spanien · Telesundhed") in the language of `t`, places
 * named and sorted in that language; empty without filters.
 */
export function describeFilters(
  filters: Filters,
  locations: readonly Place[],
  t: TFunction,
): string {
  const places = placeNamesFor(t);
  const chosen = places.sort(
    locations.filter((location) => filters.countries.includes(location.id)),
  );
  const unknown = filters.countries.filter((id) => !chosen.some((location) => location.id === id));
  return [
    [...chosen.map(places.name), ...unknown].join(', '),
    ...LIST_FILTERS.map((filter: AnyListFilter) =>
      selectedIn(filters, filter)
        .map((value) => t(filter.labelKey(value)))
        .join(', '),
    ),
    filters.q ? t('filters.searchQuery', { query: filters.q }) : '',
  ]
    .filter((part) => part.length > 0)
    .join(' · ');
}

/** "<subject>: <filters>", or the subject alone without filters. */
export function embedTitle(subject: string, filtersText: string, t: TFunction): string {
  return filtersText ? t('embed.titleFiltered', { subject, filters: filtersText }) : subject;
}

/**
 * `t` for `language`: its catalogue is loaded on first use (only the page's language is loaded
 * at start); until it arrives, the page's own `t` stands in.
 */
export function useLanguageT(language: string): TFunction {
  const { t, i18n } = useTranslation();
  const [, setLoaded] = useState<string>();
  const ready = i18n.hasResourceBundle(language, 'translation');
  useEffect(() => {
    if (ready) return;
    let live = true;
    i18n.loadLanguages(language).then(
      () => live && setLoaded(language),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [i18n, language, ready]);
  return ready ? i18n.getFixedT(language) : t;
}
