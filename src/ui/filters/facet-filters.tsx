// The three facets bound to the filter state, shared by the explorer's panel and the
// dashboard's compact bar.
import { useTranslation } from 'react-i18next';
import { THEMES, WORLD_REGIONS } from '../../api/vocabulary';
import type { Location } from '../../api/documents';
import type { Facets } from '../../domain/filters';
import type { Filters } from '../../domain/url-state';
import { LocationFilter } from './location-filter';
import { OptionFilter } from './option-filter';

export interface FacetProps {
  filters: Filters;
  facets: Facets;
  onChange: (filters: Filters) => void;
}

export function LocationFacet({
  filters,
  facets,
  onChange,
  locations,
}: FacetProps & { locations: readonly Location[] }) {
  return (
    <LocationFilter
      locations={locations}
      counts={facets.locations}
      all={facets.all}
      selected={filters.countries}
      onChange={(countries) => onChange({ ...filters, countries })}
    />
  );
}

export function RegionFacet({ filters, facets, onChange }: FacetProps) {
  const { t } = useTranslation();
  return (
    <OptionFilter
      title={t('filters.region')}
      options={WORLD_REGIONS}
      labelOf={(region) => t(`labels.region.${region}`)}
      counts={facets.regions}
      selected={filters.regions}
      onChange={(regions) => onChange({ ...filters, regions })}
      hideEmpty
    />
  );
}

export function ThemeFacet({ filters, facets, onChange }: FacetProps) {
  const { t } = useTranslation();
  return (
    <OptionFilter
      title={t('filters.theme')}
      options={THEMES}
      labelOf={(theme) => t(`labels.theme.${theme}`)}
      counts={facets.themes}
      selected={filters.themes}
      onChange={(themes) => onChange({ ...filters, themes })}
    />
  );
}
