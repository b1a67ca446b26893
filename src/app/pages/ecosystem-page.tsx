// One ecosystem's page, then "back to the map" and previous / next within the filtered set.
import { useParams } from '@tanstack/react-router';
import { lazy, Suspense, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { Slug } from '../../api/schemas';
import { EcosystemHistory } from '../../features/changes/ecosystem-history';
import { EcosystemCorrection } from '../../features/corrections/ecosystem-correction';
import { EcosystemProfile } from '../../features/ecosystems/ecosystem-profile';
import { SiblingNav } from '../../features/ecosystems/sibling-nav';
import { EcosystemGatherings } from '../../features/events/ecosystem-gatherings';
import { NotFound } from '../not-found';
import { QueryBoundary } from '../../queries/query-boundary';
import { useNearViewport } from '../../ui/use-near-viewport';
import { useFilterState } from '../route-state';
import '../../features/map/mini-map.css';

const MiniMap = lazy(() =>
  import('../../features/map/mini-map').then((module) => ({ default: module.MiniMap })),
);

/** The map's box, kept while MapLibre is not loaded, so nothing moves when it arrives. */
const mapBox = (ref?: Ref<HTMLDivElement>) => (
  <div className="mini-map" aria-hidden="true" ref={ref}>
    <div className="mini-map__canvas" />
  </div>
);

/** MapLibre loads when the map comes near the screen: on a phone it sits far below the fold. */
function DeferredMiniMap({ point, name }: { point: [number, number]; name: string }) {
  const { ref, near } = useNearViewport<HTMLDivElement>();
  if (!near) return mapBox(ref);
  return (
    <Suspense fallback={mapBox()}>
      <MiniMap point={point} name={name} />
    </Suspense>
  );
}

const renderMap = (point: [number, number], name: string) => (
  <DeferredMiniMap point={point} name={name} />
);

export function EcosystemPage() {
  const { t } = useTranslation();
  const { id } = useParams({ from: '/ecosystems/$id' });
  const { filters } = useFilterState();
  if (!Slug.safeParse(id).success) return <NotFound what="ecosystem" />;
  return (
    <div className="page">
      <QueryBoundary
        title={t('pages.load.ecosystemFailed')}
        renderError={(error) =>
          error instanceof ApiError && error.status === 404 ? <NotFound what="ecosystem" /> : null
        }
      >
        <EcosystemProfile
          id={id}
          map={renderMap}
          gatherings={
            <QueryBoundary title={t('pages.load.gatheringsFailed')}>
              <EcosystemGatherings id={id} />
            </QueryBoundary>
          }
        />
        <div className="page-trust">
          <QueryBoundary title={t('changes.failed')}>
            <EcosystemHistory id={id} />
          </QueryBoundary>
          <EcosystemCorrection id={id} />
        </div>
        {/* After the record: the page opens with the ecosystem's name, then its facts. */}
        <SiblingNav id={id} filters={filters} />
      </QueryBoundary>
    </div>
  );
}
