import { type Location } from '../../api/documents';
import type { Facets } from '../../domain/filters';
import { activeFilterCount, EMPTY_FILTERS, type Filters } from '../../domain/url-state';
import { LocationFacet, RegionFacet, ThemeFacet } from './facet-filters';

function Menu({
  label,
  count,
  children,
}: {
  label: string;
  count: number;
  children: React.ReactNode;
}) {
  return (
    <details className="filter-menu">
      <summary>
        {label}
        {count > 0 && <span className="filter-menu__count"> ({count})</span>}
      </summary>
      <div className="filter-menu__panel">{children}</div>
    </details>
  );
}

/** A compact row of the explorer's filters, for the dashboard. */
export function FilterBar({
  filters,
  facets,
  locations,
  onChange,
}: {
  filters: Filters;
  facets: Facets;
  locations: readonly Location[];
  onChange: (filters: Filters) => void;
}) {
  const active = activeFilterCount(filters);
  return (
    <div className="filter-bar" role="group" aria-label="Filters">
      <Menu label="Location" count={filters.countries.length}>
        <LocationFacet
          filters={filters}
          facets={facets}
          onChange={onChange}
          locations={locations}
        />
      </Menu>
      <Menu label="World region" count={filters.regions.length}>
        <RegionFacet filters={filters} facets={facets} onChange={onChange} />
      </Menu>
      <Menu label="Theme" count={filters.themes.length}>
        <ThemeFacet filters={filters} facets={facets} onChange={onChange} />
      </Menu>
      {filters.q && <span className="filter-bar__query">Search: “{filters.q}”</span>}
      <button
        type="button"
        className="button button--quiet"
        disabled={active === 0}
        onClick={() => onChange(EMPTY_FILTERS)}
      >
        Clear all{active > 0 ? ` (${active})` : ''}
      </button>
    </div>
  );
}
