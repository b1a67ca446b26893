import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy, frameAncestorsFor, SECURITY_HEADERS } from './scripts/lib/csp';
import { COUNTRIES_FILE, countryShapes } from './src/features/map/country-shapes';

const styleUrl = process.env.VITE_MAP_STYLE_URL;

/**
 * The production build carries its CSP as a <meta> tag, and `vite preview` sends it as a
 * header (with frame-ancestors, which a <meta> cannot set). The dev server has none: Vite's
 * hot reload needs inline scripts.
 */
function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'atlas-csp',
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) =>
        context.server
          ? html
          : html.replace(
              '<meta charset="UTF-8" />',
              `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy({ styleUrl })}" />`,
            ),
    },
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = request.url ?? '/';
        response.setHeader(
          'Content-Security-Policy',
          contentSecurityPolicy({ styleUrl, frameAncestors: frameAncestorsFor(path) }),
        );
        for (const [name, value] of Object.entries(SECURITY_HEADERS))
          response.setHeader(name, value);
        next();
      });
    },
  };
}

/**
 * The basemap's country shapes as a GeoJSON file beside the app: the map's worker fetches and
 * parses it, which keeps the TopoJSON decoding (and the shapes' copy to the worker) off the
 * page's main thread. Coordinates are rounded to 2 decimals (about 1 km): 1:110m shapes hold
 * no finer detail, and it keeps the file small (48 kB gzip).
 */
function basemapPlugin(): Plugin {
  let text: string | undefined;
  const geojson = () =>
    (text ??= JSON.stringify(countryShapes(), (_key, value: unknown) =>
      typeof value === 'number' ? Math.round(value * 100) / 100 : value,
    ));
  return {
    name: 'atlas-basemap',
    configureServer(server) {
      const path = `${server.config.base}${COUNTRIES_FILE}`;
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== path) {
          next();
          return;
        }
        response.setHeader('Content-Type', 'application/geo+json');
        response.end(geojson());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: COUNTRIES_FILE, source: geojson() });
    },
  };
}

// BASE_URL lets the app live under a sub-path (e.g. /atlas/) on a static host.
export default defineConfig({
  base: process.env.BASE_URL ?? '/',
  plugins: [react(), contentSecurityPolicyPlugin(), basemapPlugin()],
  server: { port: 5173 },
  preview: { port: 4173 },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1200 },
});
