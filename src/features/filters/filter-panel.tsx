import { THEMES, WORLD_REGIONS } from '../../api/schemas';
import { type Location } from '../../api/documents';
import type { Facets } from '../../domain/filters';
import { REGION_LABELS, THEME_LABELS } from '../../domain/labels';
import { activeFilterCount, EMPTY_FILTERS, type Filters } from '../../domain/url-state';
import { LocationFilter } from './location-filter';
import { OptionFilter } from './option-filter';
import { SearchBox } from './search-box';

export interface FilterPanelProps {
  filters: Filters;
  facets: Facets;
  locations: readonly Location[];
  onChange: (filters: Filters) => void;
}

/** Every filter of the explorer; each count follows the other active filters. */
export function FilterPanel({ filters, facets, locations, onChange }: FilterPanelProps) {
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
        Clear all{active > 0 ? ` (${active})` : ''}
      </button>
      <LocationFilter
        locations={locations}
        counts={facets.locations}
        all={facets.all}
        selected={filters.countries}
        onChange={(countries) => onChange({ ...filters, countries })}
      />
      <OptionFilter
        title="World region"
        options={WORLD_REGIONS}
        labels={REGION_LABELS}
        counts={facets.regions}
        selected={filters.regions}
        onChange={(regions) => onChange({ ...filters, regions })}
        hideEmpty
      />
      <OptionFilter
        title="Theme"
        options={THEMES}
        labels={THEME_LABELS}
        counts={facets.themes}
        selected={filters.themes}
        onChange={(themes) => onChange({ ...filters, themes })}
      />
    </div>
  );
}
