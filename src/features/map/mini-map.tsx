// A small, still map of one place, for the ecosystem page.
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import Map, { Layer, Source } from 'react-map-gl/maplibre';
import type { LngLat } from '../../api/schemas';
import { useIsClient } from '../../ui/use-client';
import { basemapStyle } from './basemap';
import { pointLayer } from './layers';
import { ecosystemsToGeoJson } from './to-geojson';
import './mini-map.css';

const STYLE = basemapStyle();

export function MiniMap({
  point,
  name,
  zoom = 4.5,
}: {
  point: LngLat;
  name: string;
  zoom?: number;
}) {
  const { t, i18n } = useTranslation();
  const data = useMemo(
    () => ecosystemsToGeoJson([{ id: 'here', name, coordinates: point }]),
    [point, name],
  );
  // WebGL exists only in the browser: the prerendered page keeps the map's box empty.
  const client = useIsClient();
  if (!client) {
    return (
      <figure className="mini-map" aria-hidden="true">
        <div className="mini-map__canvas" />
      </figure>
    );
  }
  return (
    <figure className="mini-map">
      <div className="mini-map__canvas">
        {/* MapLibre takes its words when the map is made: a new language makes a new map. */}
        <Map
          key={i18n.language}
          mapStyle={STYLE}
          workerUrl={workerUrl}
          initialViewState={{ longitude: point[0], latitude: point[1], zoom }}
          interactive={false}
          attributionControl={{ compact: true }}
          locale={{ 'Map.Title': t('map.mini.title', { name }) }}
        >
          <Source id="ecosystems" type="geojson" data={data}>
            <Layer {...pointLayer} minzoom={0} />
          </Source>
        </Map>
      </div>
      <figcaption className="visually-hidden">{t('map.mini.caption', { name })}</figcaption>
    </figure>
  );
}
