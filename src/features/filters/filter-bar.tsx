import { THEMES, WORLD_REGIONS } from '../../api/schemas';
import { type Location } from '../../api/documents';
import type { Facets } from '../../domain/filters';
import { REGION_LABELS, THEME_LABELS } from '../../domain/labels';
import { activeFilterCount, EMPTY_FILTERS, type Filters } from '../../domain/url-state';
import { LocationFilter } from './location-filter';
import { OptionFilter } from './option-filter';

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
        <LocationFilter
          locations={locations}
          counts={facets.locations}
          all={facets.all}
          selected={filters.countries}
          onChange={(countries) => onChange({ ...filters, countries })}
        />
      </Menu>
      <Menu label="World region" count={filters.regions.length}>
        <OptionFilter
          title="World region"
          options={WORLD_REGIONS}
          labels={REGION_LABELS}
          counts={facets.regions}
          selected={filters.regions}
          onChange={(regions) => onChange({ ...filters, regions })}
          hideEmpty
        />
      </Menu>
      <Menu label="Theme" count={filters.themes.length}>
        <OptionFilter
          title="Theme"
          options={THEMES}
          labels={THEME_LABELS}
          counts={facets.themes}
          selected={filters.themes}
          onChange={(themes) => onChange({ ...filters, themes })}
        />
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
