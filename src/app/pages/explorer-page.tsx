// The map explorer: filters | map | list, all following one state held in the URL.
// The map lives outside the data's loading boundary, so the basemap draws while the
// ecosystems load, and the two run side by side.
import { usePrefetchQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { ecosystemsQuery } from '../../api/ecosystems';
import { locationsQuery } from '../../api/locations';
import type { EcosystemSummary, Location } from '../../api/documents';
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

/** What the map shows: the filtered ecosystems, undefined while they load. */
interface MapView {
  ecosystems: readonly EcosystemSummary[] | undefined;
  locations: readonly Location[];
  selectedId: string | undefined;
}

const LOADING: MapView = { ecosystems: undefined, locations: [], selectedId: undefined };

interface ExplorerProps {
  selectedId: string | undefined;
  onSelect: (id: string | undefined) => void;
  onHighlight: (id: string | undefined) => void;
  onMapView: (view: MapView) => void;
  /** Where the selected ecosystem's panel goes: over the map. */
  cardSlot: HTMLElement | null;
  /** Where the list goes: after the map, so reading and tab order follow the layout. */
  listSlot: HTMLElement | null;
}

function Explorer(props: ExplorerProps) {
  const { selectedId, onSelect, onHighlight, onMapView, cardSlot, listSlot } = props;
  const { filters, setFilters, notice, dismissNotice } = useFilterState();
  const { locations, locationsById, filtered, facets, rejected } = useExplorerData(filters);
  const [listOpen, setListOpen] = useState(false);
  const linkSearch = useMemo(() => serialiseFilters(filters), [filters]);
  const selected = filtered.find((ecosystem) => ecosystem.id === selectedId);
  const result = describeResult(filtered, locations);
  // The map (a WebGL frame) follows a frame after the list and counts, so a click on a
  // filter paints at once.
  const mapEcosystems = useValueAfterPaint(filtered);
  useEffect(() => {
    onMapView({ ecosystems: mapEcosystems, locations, selectedId: selected?.id });
  }, [onMapView, mapEcosystems, locations, selected?.id]);
  useEffect(() => () => onMapView(LOADING), [onMapView]);

  return (
    <>
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
      {selected &&
        cardSlot &&
        createPortal(
          <EcosystemCard
            ecosystem={selected}
            location={locationsById.get(selected.locationId)}
            linkSearch={linkSearch}
            onClose={() => onSelect(undefined)}
          />,
          cardSlot,
        )}
      {listSlot &&
        createPortal(
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
                  onSelect={onSelect}
                  onHighlight={onHighlight}
                />
              </RegionBoundary>
            </div>
          </section>,
          listSlot,
        )}
    </>
  );
}

export function ExplorerPage() {
  usePageTitle(undefined);
  // Both documents are asked for at once, not one after the other.
  usePrefetchQuery(locationsQuery());
  usePrefetchQuery(ecosystemsQuery());
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [highlightedId, setHighlightedId] = useState<string | undefined>();
  const [view, setView] = useState<MapView>(LOADING);
  const [cardSlot, setCardSlot] = useState<HTMLElement | null>(null);
  const [listSlot, setListSlot] = useState<HTMLElement | null>(null);
  const select = useCallback((id: string | undefined) => setSelectedId(id), []);

  return (
    <div className="explorer-page">
      <h1 className="visually-hidden">Digital health ecosystems on the map</h1>
      <div className="explorer">
        <QueryBoundary
          title="The ecosystems could not be loaded"
          loadingLabel="Loading the ecosystems…"
          className="explorer__status"
        >
          <Explorer
            selectedId={selectedId}
            onSelect={select}
            onHighlight={setHighlightedId}
            onMapView={setView}
            cardSlot={cardSlot}
            listSlot={listSlot}
          />
        </QueryBoundary>
        <section className="explorer__map" aria-label="Map">
          <MapRegion
            ecosystems={view.ecosystems}
            locations={view.locations}
            selectedId={view.selectedId}
            highlightedId={highlightedId}
            onSelect={select}
          />
          <div ref={setCardSlot} />
        </section>
        <div className="explorer__slot" ref={setListSlot} />
      </div>
    </div>
  );
}
