// The map's data layers: one bubble per location below the split zoom, then ecosystems one
// by one, clustered where dense.
import type { FeatureCollection } from 'geojson';
import { Layer, Source } from 'react-map-gl/maplibre';
import * as layers from './layers';

export function EcosystemSources({
  locationData,
  ecosystemData,
  selectedId,
}: {
  locationData: FeatureCollection;
  ecosystemData: FeatureCollection;
  selectedId: string | undefined;
}) {
  return (
    <>
      <Source
        id="locations"
        type="geojson"
        data={locationData}
        cluster
        clusterRadius={32}
        clusterMaxZoom={layers.SPLIT_ZOOM - 1}
        clusterProperties={{ total: ['+', ['get', 'count']] }}
      >
        <Layer {...layers.locationBubbleLayer} />
        <Layer {...layers.locationCountLayer} />
      </Source>
      <Source
        id="ecosystems"
        type="geojson"
        data={ecosystemData}
        cluster
        clusterRadius={36}
        clusterMaxZoom={11}
        maxzoom={14}
      >
        <Layer {...layers.clusterLayer} />
        <Layer {...layers.pointLayer} />
        <Layer {...layers.selectedLayer(selectedId)} />
        <Layer {...layers.pointLabelLayer} />
        {/* Above the labels: placed first, so a name never covers a cluster. */}
        <Layer {...layers.clusterCountLayer} />
      </Source>
    </>
  );
}
