// The explorer's and the embed's map: the SVG map first (prerendered, linked, light), the
// WebGL map once the visitor reaches for it. MapLibre starts beneath the SVG at the SVG's
// view and in the same box; the SVG is hidden once MapLibre has drawn that view.
import { Suspense, useEffect, useMemo, useRef, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapRef } from 'react-map-gl/maplibre';
import { ErrorBoundary } from '../../ui/error-boundary';
import { useIsClient } from '../../ui/use-client';
import { frameCamera, NOMINAL_SIZE } from './framing';
import { MapNotice, ZoomButtons } from './map-controls';
import { MapLegend } from './map-legend';
import { EcosystemMap } from './map-region';
import { viewBoxOf } from './mercator';
import { SvgMap } from './svg-map';
import { useElementSize } from './use-element-size';
import { useMapStart, useReach } from './use-map-start';

type Props = Omit<
  ComponentProps<typeof EcosystemMap>,
  'initialView' | 'onReady' | 'onError' | 'inert'
>;

const NONE: readonly never[] = [];

export function MapStage(props: Props) {
  const { t, i18n } = useTranslation();
  const client = useIsClient();
  const [box, measured, element] = useElementSize();
  const size = measured ?? NOMINAL_SIZE;
  const { ecosystems, locations, selectedId } = props;
  const points = useMemo(() => (ecosystems ?? NONE).map((e) => e.coordinates), [ecosystems]);
  const camera = useMemo(() => frameCamera(points, size), [points, size]);
  const start = useMapStart({ client, asked: selectedId !== undefined });
  const { engine } = start;
  useReach(element, start.reach);
  /** Zoom steps asked for with the SVG's buttons, taken by MapLibre once it has drawn. */
  const zoomSteps = useRef(0);
  const title =
    ecosystems === undefined ? t('map.titleLoading') : t('map.title', { count: ecosystems.length });
  /** The map whose canvas takes the focus once it is shown (it is inert until then). */
  const takesFocus = useRef<MapRef | undefined>(undefined);
  const onReady = (map: MapRef) => {
    const active = document.activeElement;
    // Focus on a bubble of the SVG moves to the canvas that replaces it.
    if (active instanceof Element && active.closest('.svg-map')) takesFocus.current = map;
    if (zoomSteps.current !== 0) map.zoomTo(map.getZoom() + zoomSteps.current);
    zoomSteps.current = 0;
    start.ready();
  };
  useEffect(() => {
    if (engine !== 'webgl') return;
    takesFocus.current?.getCanvas().focus();
    takesFocus.current = undefined;
  }, [engine]);
  const live = engine === 'starting' || engine === 'webgl';
  const ready = client && ecosystems !== undefined && engine !== 'starting';
  return (
    <div className="map-stage" ref={box} data-map-ready={ready} data-map-engine={engine}>
      {live && (
        <ErrorBoundary
          fallback={() => <Failed onFail={start.fail} reason={t('map.unavailable.crashed')} />}
        >
          <Suspense fallback={null}>
            {/* MapLibre takes its words when the map is made: a new language makes a new map. */}
            <EcosystemMap
              key={i18n.language}
              {...props}
              initialView={camera}
              inert={engine === 'starting'}
              onReady={onReady}
              onError={start.fail}
            />
          </Suspense>
        </ErrorBoundary>
      )}
      <SvgMap
        locations={locations}
        ecosystems={ecosystems}
        view={viewBoxOf(camera, size)}
        scale={2 ** camera.zoom}
        title={title}
        hidden={engine === 'webgl'}
      >
        {client && engine !== 'unavailable' && (
          <ZoomButtons
            onZoom={(step) => {
              zoomSteps.current += step;
              start.reach();
            }}
          />
        )}
        {engine === 'unavailable' && <MapNotice reason={start.failure} />}
      </SvgMap>
      <MapLegend />
    </div>
  );
}

/** Reports a crash of the WebGL map once; the SVG map stays. */
function Failed({ onFail, reason }: { onFail: (reason: string) => void; reason: string }) {
  useEffect(() => onFail(reason), [onFail, reason]);
  return null;
}
