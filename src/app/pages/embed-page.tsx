// A chrome-less map for other sites to frame (the only route the CSP lets them frame).
// Same filter parameters as the explorer: /embed?country=spain.
import { useMemo } from 'react';
import { describeResult } from '../../domain/grouping';
import { serialiseFilters } from '../../domain/url-state';
import { usePageTitle } from '../../ui/page-title';
import { QueryBoundary } from '../../ui/query-boundary';
import { stringifySearch } from '../search';
import { MapRegion } from './map-region';
import { useExplorerData } from './use-explorer-data';
import { useFilterState } from './use-filter-state';

function EmbeddedMap() {
  const { filters } = useFilterState();
  const { locations, filtered } = useExplorerData(filters);
  const href = useMemo(
    () => `${import.meta.env.BASE_URL}${stringifySearch(serialiseFilters(filters))}`,
    [filters],
  );
  return (
    <>
      <div className="embed__map">
        <MapRegion
          ecosystems={filtered}
          locations={locations}
          selectedId={undefined}
          highlightedId={undefined}
          onSelect={() => undefined}
        />
      </div>
      <div className="embed__bar">
        <p role="status">{describeResult(filtered, locations)}</p>
        <a href={href} target="_blank" rel="noopener">
          Open in Ecosystem Atlas<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </div>
    </>
  );
}

export function EmbedPage() {
  usePageTitle('Map of digital health ecosystems');
  return (
    <div className="embed">
      <h1 className="visually-hidden">Map of digital health ecosystems</h1>
      <QueryBoundary
        title="The ecosystems could not be loaded"
        loadingLabel="Loading the ecosystems…"
      >
        <EmbeddedMap />
      </QueryBoundary>
    </div>
  );
}
