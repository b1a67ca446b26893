import { useTranslation } from 'react-i18next';
import type { Filters } from '../domain/url-state';
import type { Place } from '../i18n/place-names';
import { describeFilters } from './embed-title';

/** The active filters in words in the active language ("Danmark, Spanien · Telesundhed"). */
export function useFilterSummary(filters: Filters, locations: readonly Place[]): string {
  const { t } = useTranslation();
  return describeFilters(filters, locations, t);
}
