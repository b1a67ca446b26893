import { useTranslation } from 'react-i18next';
import { type Location } from '../../api/documents';
import type { Facets } from '../../domain/filters';
import { activeFilterCount, EMPTY_FILTERS, type Filters } from '../../domain/url-state';
import { LIST_FILTERS } from '../../domain/list-filters';
import { ListFacet, LocationFacet } from '../../ui/filters/facet-filters';
import { SearchBox } from '../../ui/filters/search-box';
import { YearControl } from './year-control';
import './filter-panel.css';

export interface FilterPanelProps {
  filters: Filters;
  facets: Facets;
  locations: readonly Location[];
  onChange: (filters: Filters, options?: { replace?: boolean }) => void;
}

/** Every filter of the explorer; each count follows the other active filters. */
export function FilterPanel({ filters, facets, locations, onChange }: FilterPanelProps) {
  const { t } = useTranslation();
  const active = activeFilterCount(filters);
  return (
    <div className="filter-panel">
      <SearchBox value={filters.q} onChange={(q) => onChange({ ...filters, q })} />
      <button
        type="button"
        className="button button--quiet clear-all"
        disabled={active === 0}
        onClick={() => onChange(EMPTY_FILTERS)}
      >
        {active > 0 ? t('filters.clearAllActive', { count: active }) : t('filters.clearAll')}
      </button>
      <YearControl filters={filters} onChange={onChange} />
      <LocationFacet filters={filters} facets={facets} onChange={onChange} locations={locations} />
      {LIST_FILTERS.map((filter) => (
        <ListFacet
          key={filter.field}
          filter={filter}
          filters={filters}
          facets={facets}
          onChange={onChange}
        />
      ))}
    </div>
  );
}
