import { useTranslation } from 'react-i18next';
import type { Location } from '../api/documents';
import type { Filters } from '../domain/url-state';
import { describeFilters } from './embed-title';

/** The active filters in words ("Denmark, Spain · Telehealth"), empty without filters. */
export function useFilterSummary(
  filters: Filters,
  locations: readonly Pick<Location, 'id' | 'label'>[],
): string {
  const { t } = useTranslation();
  return describeFilters(filters, locations, t);
}
