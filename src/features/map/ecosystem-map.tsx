// The explorer's map: country shading, one bubble per location at world zoom, ecosystems one
// by one (clustered where dense) when zoomed in. Uncontrolled; commanded through a ref.
import 'maplibre-gl/dist/maplibre-gl.css';
import { use, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Map, { Layer, NavigationControl, Source, type MapRef } from 'react-map-gl/maplibre';
import type { EcosystemSummary, Location } from '../../api/documents';
import { boundsOf } from '../../domain/geo';
import { byId } from '../../domain/lookup';
import { useEcosystemNames } from '../../i18n/ecosystem-names';
import { countByCountry, countByLocation } from '../../domain/grouping';
import { usePrefersReducedMotion } from '../../ui/use-reduced-motion';
import { basemapStyle, COUNTRIES_URL } from './basemap';
import { FrameOnce } from './frame-once';
import { choroplethColor } from './choropleth';
import * as layers from './layers';
import { MapDownload, type MapImageInfo } from './map-download';
import { MAPLIBRE, workerUrl } from './maplibre';
import { ecosystemsToGeoJson, locationsToGeoJson } from './to-geojson';
import { useFocusFollow } from './use-focus-follow';
import { EcosystemSources } from './ecosystem-sources';
import { fitPoints } from './camera';
import { MAX_ZOOM, MIN_ZOOM } from './framing';
import type { Camera } from './mercator';
import { useDetailShapes } from './use-detail-shapes';

import { mapLocale } from './map-locale';
import { useHoverState } from './use-hover-state';
import { useMapInteractions } from './use-map-interactions';
import './ecosystem-map.css';

/** How long the filters must rest before the map flies to the result. */
const FIT_DELAY_MS = 350;

export interface EcosystemMapProps {
  /** Undefined while the data loads: the basemap draws meanwhile. */
  ecosystems: readonly EcosystemSummary[] | undefined;
  locations: readonly Location[];
  selectedId: string | undefined;
  /** An ecosystem focused in the list: highlighted, and the map moves to it. */
  highlightedId: string | undefined;
  onSelect: (id: string) => void;
  onError?: (message: string) => void;
  /** Offers a "Download map image" with these words (the explorer's map). */
  download?: MapImageInfo;
  /** The first view (the SVG map's, so the switch keeps it); else framed on the data. */
  initialView?: Camera;
  /** Called once the first frame with the data is drawn and settled. */
  onReady?: (map: MapRef) => void;
  /** Out of reach of the keyboard and screen readers (while it starts beneath the SVG map, which
   * has the same name: one map at a time). */
  inert?: boolean;
}

const STYLE = basemapStyle();
/** A hosted style has no country shapes of ours: the choropleth then brings its own. */
const HOSTED = typeof STYLE === 'string';

const NONE: readonly EcosystemSummary[] = [];

export function EcosystemMap(props: EcosystemMapProps) {
  const mapLib = use(MAPLIBRE);
  const { t } = useTranslation();
  const { locations, selectedId, highlightedId, onSelect } = props;
  const loading = props.ecosystems === undefined;
  const ecosystems = props.ecosystems ?? NONE;
  const mapRef = useRef<MapRef>(null);
  /** The map has loaded its style (and has a canvas to name). */
  const [loaded, setLoaded] = useState(false);
  /** The first frame with the data is drawn and settled. */
  const [ready, setReady] = useState(false);
  const reducedMotion = usePrefersReducedMotion();
  const setHover = useHoverState(mapRef);
  const handlers = useMapInteractions({ mapRef, ecosystems, reducedMotion, setHover, onSelect });

  // Labels name each ecosystem as the list does, a placeholder after its place in this language.
  const names = useEcosystemNames();
  const ecosystemData = useMemo(() => {
    const placeOf = byId(locations);
    return ecosystemsToGeoJson(ecosystems, (ecosystem) =>
      names.name(ecosystem, placeOf.get(ecosystem.locationId)),
    );
  }, [ecosystems, locations, names]);
  const locationData = useMemo(
    () => locationsToGeoJson(locations, countByLocation(ecosystems)),
    [locations, ecosystems],
  );
  const fillColor = useMemo(
    () => choroplethColor(countByCountry(ecosystems, locations)),
    [ecosystems, locations],
  );
  // MapLibre names its canvas once; the name then follows what the map shows.
  const title = loading ? t('map.titleLoading') : t('map.title', { count: ecosystems.length });
  // MapLibre reads its words only when the map is made: a new language makes a new map (see
  // MapRegion), and the canvas's name follows the count through the effect below.
  const locale = useMemo(() => mapLocale(t, title), [t, title]);
  useEffect(() => {
    mapRef.current?.getCanvas().setAttribute('aria-label', title);
  }, [title, loaded]);

  // Data at hand when the map starts frames it from the start; data that comes later is
  // framed with a jump (see FrameOnce). Only then is the map ready.
  const [initialView] = useState(() => props.initialView);
  const [initialBounds] = useState(() => boundsOf(ecosystems.map((e) => e.coordinates)));
  // The set the camera is fitted to: later sets are flown to, this one needs no flight.
  const framed = useRef<readonly EcosystemSummary[] | undefined>(
    initialBounds ? ecosystems : undefined,
  );
  useDetailShapes(mapRef, { loaded, enabled: !HOSTED });

  // The map follows the filters: it flies to the filtered set once the user pauses, so quick
  // changes in a row do not each start a flight (and do not each wait for its frames).
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    if (framed.current === ecosystems) return;
    framed.current = ecosystems;
    const points = ecosystems.map((e) => e.coordinates);
    const timer = setTimeout(() => fitPoints(map, points, { reducedMotion }), FIT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [ecosystems, ready, reducedMotion]);
  useFocusFollow({ mapRef, ecosystems, ready, reducedMotion, highlightedId, selectedId, setHover });

  return (
    <div className="ecosystem-map" data-webgl-ready={ready} inert={props.inert}>
      <Map
        ref={mapRef}
        mapLib={mapLib}
        mapStyle={STYLE}
        workerUrl={workerUrl}
        initialViewState={
          initialView
            ? {
                longitude: initialView.center[0],
                latitude: initialView.center[1],
                zoom: initialView.zoom,
              }
            : initialBounds
              ? { bounds: initialBounds, fitBoundsOptions: { padding: 60, maxZoom: 7 } }
              : { longitude: 10, latitude: 40, zoom: 1.5 }
        }
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        dragRotate={false}
        pitchWithRotate={false}
        fadeDuration={0}
        attributionControl={{ compact: false }}
        locale={locale}
        interactiveLayerIds={layers.INTERACTIVE_LAYERS}
        cursor="auto"
        onLoad={(event) => {
          setLoaded(true);
          // Browser tests read the map (its rendered features, its camera) under automation
          // only; visitors' browsers never get the handle.
          if (navigator.webdriver) Object.assign(window, { __atlasMap: event.target });
        }}
        onIdle={() => {
          if (ready || loading || framed.current === undefined) return;
          // The benchmark reads this mark: navigation to the first settled map with the data.
          performance.mark('atlas:map-idle');
          setReady(true);
          if (mapRef.current) props.onReady?.(mapRef.current);
        }}
        onError={(event) => {
          // Before the first frame an error means no map at all; later ones are passing.
          if (!ready) props.onError?.(event.error.message);
        }}
        {...handlers}
      >
        <NavigationControl position="top-right" showCompass={false} />
        <FrameOnce ecosystems={props.ecosystems} framedRef={framed} />
        {props.download && <MapDownload {...props.download} />}
        {HOSTED ? (
          <Source id="countries" type="geojson" data={COUNTRIES_URL}>
            <Layer
              id="countries-choropleth"
              type="fill"
              paint={{ 'fill-color': fillColor, 'fill-opacity': 0.6 }}
            />
          </Source>
        ) : (
          <Layer
            id="countries-choropleth"
            type="fill"
            source="countries"
            beforeId="countries-border"
            paint={{ 'fill-color': fillColor }}
          />
        )}
        <EcosystemSources
          locationData={locationData}
          ecosystemData={ecosystemData}
          selectedId={selectedId}
        />
      </Map>
    </div>
  );
}
