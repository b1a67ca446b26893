// The floor for the map route: React + react-map-gl + MapLibre with its worker + the
// world-atlas basemap, and nothing else. Built and measured by the benchmark.
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { createRoot } from 'react-dom/client';
import Map from 'react-map-gl/maplibre';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
const countries = feature(topology, topology.objects.countries) as FeatureCollection;

function App() {
  return (
    <div style={{ position: 'absolute', inset: 0 }}>
      <Map
        workerUrl={workerUrl}
        initialViewState={{ longitude: 10, latitude: 40, zoom: 1.5 }}
        onIdle={() => performance.mark('atlas:map-idle')}
        mapStyle={{
          version: 8,
          sources: { countries: { type: 'geojson', data: countries } },
          layers: [
            { id: 'water', type: 'background', paint: { 'background-color': '#d4e6f1' } },
            { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': '#f4f2ee' } },
          ],
        }}
      />
    </div>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
