import { useTranslation } from 'react-i18next';
import { type Location } from '../../api/documents';
import type { Facets } from '../../domain/filters';
import { activeFilterCount, EMPTY_FILTERS, type Filters } from '../../domain/url-state';
import { useFormat } from '../../i18n/format';
import { LIST_FILTERS, selectedIn } from '../../domain/list-filters';
import { ListFacet, LocationFacet } from '../../ui/filters/facet-filters';
import './filter-bar.css';
import '../../ui/popover.css';
import '../../ui/filters/filter-menu.css';

function Menu({
  label,
  count,
  children,
}: {
  label: string;
  count: number;
  children: React.ReactNode;
}) {
  const format = useFormat();
  return (
    <details className="popover filter-menu">
      <summary>
        {label}
        {count > 0 && <span className="filter-menu__count"> ({format.count(count)})</span>}
      </summary>
      <div className="popover__panel filter-menu__panel">{children}</div>
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
  const { t } = useTranslation();
  const active = activeFilterCount(filters);
  return (
    <div className="filter-bar" role="group" aria-label={t('filters.label')}>
      <Menu label={t('filters.location')} count={filters.countries.length}>
        <LocationFacet
          filters={filters}
          facets={facets}
          onChange={onChange}
          locations={locations}
        />
      </Menu>
      {LIST_FILTERS.map((filter) => (
        <Menu
          key={filter.field}
          label={t(filter.titleKey)}
          count={selectedIn(filters, filter).length}
        >
          <ListFacet filter={filter} filters={filters} facets={facets} onChange={onChange} />
        </Menu>
      ))}
      {filters.q && (
        <span className="filter-bar__query">{t('filters.searchQuery', { query: filters.q })}</span>
      )}
      <button
        type="button"
        className="button button--quiet"
        disabled={active === 0}
        onClick={() => onChange(EMPTY_FILTERS)}
      >
        {active > 0 ? t('filters.clearAllActive', { count: active }) : t('filters.clearAll')}
      </button>
    </div>
  );
}
