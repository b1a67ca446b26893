// Presenter mode: ?slide=N (1-based), ?auto=SECONDS, ?kiosk=1, ?spotlight=<id>, plus filters;
// ?compare=a,b adds a slide with those ecosystems side by side.
import { useNavigate } from '@tanstack/react-router';
import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EcosystemSummary, Location } from '../../api/documents';
import { serialiseFilters } from '../../domain/url-state';
import { CompareSlide } from '../../features/compare/compare-slide';
import { PresentShow } from '../../features/present/present-show';
import { CopyLink } from '../../features/share/copy-link';
import { QueryBoundary } from '../../queries/query-boundary';
import { Spinner } from '../../ui/spinner';
import { useCompareChoice, useFilterState, usePresentParams } from '../route-state';
import './present-page.css';

const MapRegion = lazy(() =>
  import('../../features/map/map-region').then((module) => ({ default: module.MapRegion })),
);

function MapLoading() {
  const { t } = useTranslation();
  return <Spinner label={t('map.loading')} />;
}

const renderMap = (ecosystems: readonly EcosystemSummary[], locations: readonly Location[]) => (
  <Suspense fallback={<MapLoading />}>
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
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { filters } = useFilterState();
  const { setSlide, ...params } = usePresentParams();
  const { ids: compareIds } = useCompareChoice();
  const compare = useMemo(
    () => (compareIds.length >= 2 ? <CompareSlide ids={compareIds} /> : undefined),
    [compareIds],
  );
  const onExit = useCallback(
    () => void navigate({ to: '/dashboard', search: serialiseFilters(filters) }),
    [navigate, filters],
  );
  return (
    <div className="present-page">
      <QueryBoundary
        title={t('pages.load.figuresFailed')}
        loadingLabel={t('pages.load.figuresLoading')}
      >
        <PresentShow
          filters={filters}
          params={params}
          onSlide={setSlide}
          onExit={onExit}
          renderMap={renderMap}
          compare={compare}
          share={<CopyLink buttonClassName="" />}
        />
      </QueryBoundary>
    </div>
  );
}
