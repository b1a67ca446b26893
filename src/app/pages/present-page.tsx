// Presenter mode: ?slide=N (1-based), ?auto=SECONDS, ?kiosk=1, ?spotlight=<id>, plus filters.
import { useNavigate } from '@tanstack/react-router';
import { lazy, Suspense, useCallback } from 'react';
import type { EcosystemSummary, Location } from '../../api/documents';
import { serialiseFilters } from '../../domain/url-state';
import { PresentShow } from '../../features/present/present-show';
import { QueryBoundary } from '../../ui/query-boundary';
import { Spinner } from '../../ui/spinner';
import { useFilterState, usePresentParams } from '../route-state';

const MapRegion = lazy(() =>
  import('../../features/map/map-region').then((module) => ({ default: module.MapRegion })),
);

const renderMap = (ecosystems: readonly EcosystemSummary[], locations: readonly Location[]) => (
  <Suspense fallback={<Spinner label="Loading the map…" />}>
    <MapRegion
      ecosystems={ecosystems}
      locations={locations}
      selectedId={undefined}
      highlightedId={undefined}
      onSelect={() => undefined}
    />
  </Suspense>
);

export function PresentPage() {
  const navigate = useNavigate();
  const { filters } = useFilterState();
  const { setSlide, ...params } = usePresentParams();
  const onExit = useCallback(
    () => void navigate({ to: '/dashboard', search: serialiseFilters(filters) }),
    [navigate, filters],
  );
  return (
    <div className="present-page">
      <QueryBoundary title="The figures could not be loaded" loadingLabel="Loading the figures…">
        <PresentShow
          filters={filters}
          params={params}
          onSlide={setSlide}
          onExit={onExit}
          renderMap={renderMap}
        />
      </QueryBoundary>
    </div>
  );
}
