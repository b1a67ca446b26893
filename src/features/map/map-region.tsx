import { lazy, Suspense, useState, type ComponentProps } from 'react';
import { ErrorBoundary } from '../../ui/error-boundary';
import { Spinner } from '../../ui/spinner';

const EcosystemMap = lazy(() =>
  import('./ecosystem-map').then((module) => ({ default: module.EcosystemMap })),
);

function hasWebGl2(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}

function MapUnavailable({ reason }: { reason: string }) {
  return (
    <div className="map-unavailable" role="status">
      <p>
        <strong>The map could not be drawn</strong> ({reason}).
      </p>
      <p>The list shows the same ecosystems, and every filter still works.</p>
    </div>
  );
}

/** The map, or a message when this browser cannot draw it: the list then takes over. */
export function MapRegion(props: ComponentProps<typeof EcosystemMap>) {
  const [webgl] = useState(hasWebGl2);
  const [failure, setFailure] = useState<string | undefined>();
  if (!webgl) return <MapUnavailable reason="this browser has WebGL 2 turned off or missing" />;
  if (failure) return <MapUnavailable reason={failure} />;
  return (
    <ErrorBoundary fallback={() => <MapUnavailable reason="an error occurred in the map" />}>
      <Suspense fallback={<Spinner label="Loading the map…" />}>
        <EcosystemMap {...props} onError={(message) => setFailure(message)} />
      </Suspense>
    </ErrorBoundary>
  );
}
