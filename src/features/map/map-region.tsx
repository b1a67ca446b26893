// The WebGL map at once, for the presenter's big screen: MapLibre loads as the slide opens.
// The explorer and the embed draw the SVG map first instead (map-stage.tsx).
import './map-stage.css';
import { lazy, Suspense, useMemo, useState, type ComponentProps } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../../ui/error-boundary';
import { Spinner } from '../../ui/spinner';
import { useIsClient } from '../../ui/use-client';
import { MapLegend } from './map-legend';
import { hasWebGl2 } from './webgl-support';
import './map-region.css';

export const EcosystemMap = lazy(() =>
  import('./ecosystem-map').then((module) => ({ default: module.EcosystemMap })),
);

function MapUnavailable({ reason }: { reason: string }) {
  const { t } = useTranslation();
  return (
    <div className="map-unavailable" role="status">
      <p>
        <Trans
          i18nKey="map.unavailable.title"
          values={{ reason }}
          components={{ strong: <strong /> }}
        />
      </p>
      <p>{t('map.unavailable.listInstead')}</p>
    </div>
  );
}

/** The map, or a message when this browser cannot draw it: the list then takes over. */
export function MapRegion(props: ComponentProps<typeof EcosystemMap>) {
  const { t, i18n } = useTranslation();
  // WebGL and MapLibre exist only in the browser: the prerendered page and its hydration show
  // the loading state, then the browser decides.
  const client = useIsClient();
  const webgl = useMemo(() => client && hasWebGl2(), [client]);
  const [ready, setReady] = useState(false);
  // MapLibre's own message (in English) when the map fails to start.
  const [failure, setFailure] = useState<string | undefined>();
  let content;
  if (!client) content = <Spinner label={t('map.loading')} />;
  else if (!webgl) content = <MapUnavailable reason={t('map.unavailable.noWebGl')} />;
  else if (failure) content = <MapUnavailable reason={failure} />;
  else
    content = (
      <ErrorBoundary fallback={() => <MapUnavailable reason={t('map.unavailable.crashed')} />}>
        <Suspense fallback={<Spinner label={t('map.loading')} />}>
          {/* MapLibre takes its words when the map is made: a new language makes a new map. */}
          <EcosystemMap
            key={i18n.language}
            {...props}
            onReady={() => setReady(true)}
            onError={(message) => setFailure(message)}
          />
        </Suspense>
      </ErrorBoundary>
    );
  return (
    <div className="map-stage" data-map-ready={ready}>
      {content}
      <MapLegend />
    </div>
  );
}
