// The facets bound to the filter state, shared by the explorer's panel, the dashboard's compact
// bar and the events page.
import { useTranslation } from 'react-i18next';
import type { Location } from '../../api/documents';
import type { Facets } from '../../domain/filters';
import { selectedIn, type AnyListFilter } from '../../domain/list-filters';
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

/** One list filter's checkboxes (world region, theme), from its row of `LIST_FILTERS`. */
export function ListFacet({
  filter,
  filters,
  facets,
  onChange,
}: FacetProps & { filter: AnyListFilter }) {
  const { t } = useTranslation();
  return (
    <OptionFilter
      title={t(filter.titleKey)}
      options={filter.options}
      labelOf={(value) => t(filter.labelKey(value))}
      counts={facets[filter.field]}
      selected={selectedIn(filters, filter)}
      onChange={(values) => onChange({ ...filters, [filter.field]: values })}
      hideEmpty={filter.hideEmpty}
    />
  );
}
