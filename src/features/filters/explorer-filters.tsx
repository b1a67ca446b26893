import { useTranslation } from 'react-i18next';
import { useExplorerData } from '../../queries/explorer-data';
import { activeFilterCount, type Filters } from '../../domain/url-state';
import { FilterNotice } from '../../ui/filter-notice';
import { RecordsNotice } from '../../ui/records-notice';
import { RegionBoundary } from '../../ui/region-boundary';
import { FilterDrawer } from './filter-drawer';
import { FilterPanel } from './filter-panel';

/** The explorer's filter column (a drawer on narrow screens) and its notices. */
export function ExplorerFilters({
  filters,
  onChange,
  dropped,
  onDismiss,
}: {
  filters: Filters;
  onChange: (filters: Filters) => void;
  /** Values of the link that were not recognised, for the notice. */
  dropped: string[];
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const { locations, facets, rejected } = useExplorerData(filters);
  return (
    <>
      <div className="explorer__notices">
        <FilterNotice dropped={dropped} onDismiss={onDismiss} />
        <RecordsNotice rejected={rejected} />
      </div>
      <FilterDrawer activeCount={activeFilterCount(filters)}>
        <RegionBoundary title={t('filters.couldNotShow')}>
          <FilterPanel
            filters={filters}
            facets={facets}
            locations={locations}
            onChange={onChange}
          />
        </RegionBoundary>
      </FilterDrawer>
    </>
  );
}
