// MapLibre itself, loaded once for the explorer's map. It downloads while the map's module
// sets up, and the map mounts once it is here, so that it starts framed on the data if the
// data came first. Its workers start at once (prewarm), before the map itself is made.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

export { workerUrl };

export const MAPLIBRE = import('maplibre-gl').then((maplibre) => {
  maplibre.setWorkerUrl(workerUrl);
  // Where there are no workers (jsdom), the map itself reports what is missing.
  if (typeof Worker !== 'undefined') maplibre.prewarm();
  return maplibre;
});
