import { useTranslation } from 'react-i18next';
import type { Location } from '../api/documents';
import type { Filters } from '../domain/url-state';

/** The active filters in words ("Denmark, Spain · Telehealth"), empty without filters. */
export function useFilterSummary(
  filters: Filters,
  locations: readonly Pick<Location, 'id' | 'label'>[],
): string {
  const { t } = useTranslation();
  const labelOf = (id: string) => locations.find((location) => location.id === id)?.label ?? id;
  return [
    filters.countries.map(labelOf).join(', '),
    filters.regions.map((region) => t(`labels.region.${region}`)).join(', '),
    filters.themes.map((theme) => t(`labels.theme.${theme}`)).join(', '),
    filters.q ? t('filters.searchQuery', { query: filters.q }) : '',
  ]
    .filter((part) => part.length > 0)
    .join(' · ');
}
