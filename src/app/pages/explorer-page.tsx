// The map explorer: filters | map | list, all following one state held in the URL.
import { useCallback, useMemo, useState } from 'react';
import { EcosystemCard } from '../../features/ecosystems/ecosystem-card';
import { EcosystemList } from '../../features/ecosystems/ecosystem-list';
import { FilterPanel } from '../../features/filters/filter-panel';
import { describeResult } from '../../domain/grouping';
import { activeFilterCount, serialiseFilters } from '../../domain/url-state';
import { usePageTitle } from '../../ui/page-title';
import { QueryBoundary } from '../../ui/query-boundary';
import { RecordsNotice } from '../../ui/records-notice';
import { RegionBoundary } from '../../ui/region-boundary';
import { useValueAfterPaint } from '../../ui/use-after-paint';
import { FilterDrawer } from './filter-drawer';
import { FilterNotice } from './filter-notice';
import { MapRegion } from './map-region';
import { useExplorerData } from './use-explorer-data';
import { useFilterState } from './use-filter-state';

function Explorer() {
  const { filters, setFilters, notice, dismissNotice } = useFilterState();
  const { locations, locationsById, filtered, facets, rejected } = useExplorerData(filters);
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [highlightedId, setHighlightedId] = useState<string | undefined>();
  const [listOpen, setListOpen] = useState(false);
  const linkSearch = useMemo(() => serialiseFilters(filters), [filters]);
  // The map (a WebGL frame) follows a moment after the list and counts, so a click on a
  // filter paints at once.
  const mapEcosystems = useValueAfterPaint(filtered);
  const selected = filtered.find((ecosystem) => ecosystem.id === selectedId);
  const result = describeResult(filtered, locations);
  const select = useCallback((id: string) => setSelectedId(id), []);

  return (
    <div className="explorer">
      <div className="explorer__notices">
        <FilterNotice dropped={notice} onDismiss={dismissNotice} />
        <RecordsNotice rejected={rejected} />
      </div>
      <FilterDrawer activeCount={activeFilterCount(filters)}>
        <RegionBoundary title="The filters could not be shown">
          <FilterPanel
            filters={filters}
            facets={facets}
            locations={locations}
            onChange={setFilters}
          />
        </RegionBoundary>
      </FilterDrawer>
      <section className="explorer__map" aria-label="Map">
        <MapRegion
          ecosystems={mapEcosystems}
          locations={locations}
          selectedId={selected?.id}
          highlightedId={highlightedId}
          onSelect={select}
        />
        {selected && (
          <EcosystemCard
            ecosystem={selected}
            location={locationsById.get(selected.locationId)}
            linkSearch={linkSearch}
            onClose={() => setSelectedId(undefined)}
          />
        )}
      </section>
      <section
        className={listOpen ? 'explorer__list explorer__list--open' : 'explorer__list'}
        aria-labelledby="results-title"
      >
        <div className="explorer__list-head">
          <h2 id="results-title">Ecosystems</h2>
          <p role="status" className="result-count">
            {result}
          </p>
          <button
            type="button"
            className="button button--quiet sheet-toggle"
            aria-expanded={listOpen}
            aria-controls="ecosystem-results"
            onClick={() => setListOpen((open) => !open)}
          >
            {listOpen ? 'Hide list' : 'Show list'}
          </button>
        </div>
        <div id="ecosystem-results" className="explorer__list-body">
          <RegionBoundary title="The list could not be shown">
            <EcosystemList
              ecosystems={filtered}
              locationsById={locationsById}
              selectedId={selected?.id}
              linkSearch={linkSearch}
              onSelect={select}
              onHighlight={setHighlightedId}
            />
          </RegionBoundary>
        </div>
      </section>
    </div>
  );
}

export function ExplorerPage() {
  usePageTitle(undefined);
  return (
    <div className="explorer-page">
      <h1 className="visually-hidden">Digital health ecosystems on the map</h1>
      <QueryBoundary
        title="The ecosystems could not be loaded"
        loadingLabel="Loading the ecosystems…"
      >
        <Explorer />
      </QueryBoundary>
    </div>
  );
}
