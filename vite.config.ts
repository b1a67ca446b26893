import path from 'node:path';
import react from '@vitejs/plugin-react';
import { searchWordsPlugin } from './scripts/lib/search-words-plugin';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy, frameAncestorsFor, SECURITY_HEADERS } from './scripts/lib/csp';
import { previewHost } from './scripts/lib/preview-host';
import { COUNTRIES_FILE, countryShapes } from './src/features/map/country-shapes';
import { DEFAULT_LANGUAGE } from './src/i18n/default-language';

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
      // Pages, not-found pages, the API's 404s and calendar files as the static hosts answer
      // them (docs/deploy.md), so the browser tests see what a deployed site sends.
      const dist = path.resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use(previewHost({ dist, base: server.config.base }));
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

/**
 * A copy of index.html as the build writes it, before prerendering fills index.html with the
 * explorer: the service worker answers navigations it has no page for with this bare shell,
 * and static hosts can use it as their fallback for addresses without prerendered HTML.
 */
function appShellPlugin(): Plugin {
  return {
    name: 'atlas-app-shell',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const index = bundle['index.html'];
        if (index?.type === 'asset')
          this.emitFile({ type: 'asset', fileName: 'shell.html', source: index.source });
      },
    },
  };
}

// BASE_URL lets the app live under a sub-path (e.g. /atlas/) on a static host.
const base = process.env.BASE_URL ?? '/';

/**
 * The installable, offline app (production builds only): the web app manifest and the service
 * worker built from src/sw.ts, which precaches the app shell and the basemap and keeps the API
 * documents (see src/sw.ts for the strategy per kind of file). The page registers it itself
 * (src/app/pwa.tsx, after load), so no inline script is injected and the CSP stays strict.
 */
function pwaPlugin() {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src',
    filename: 'sw.ts',
    registerType: 'prompt',
    injectRegister: null,
    includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
    manifest: {
      id: base,
      name: 'Ecosystem Atlas',
      short_name: 'Atlas',
      description:
        'Every digital health ecosystem of the international network on one map: filter by country, explore each ecosystem, and show the network in numbers.',
      // The app's other languages live under their prefix (/da/) inside the same scope.
      lang: DEFAULT_LANGUAGE,
      start_url: base,
      scope: base,
      display: 'standalone',
      theme_color: '#0b4f6c',
      background_color: '#ffffff',
      icons: [
        { src: 'pwa-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'pwa-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'pwa-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    injectManifest: {
      // Code, styles, the shell, the world basemap and the API documents (the worker puts the
      // latter in its data cache rather than the precache). The JSON Schemas are for
      // developers, the dataset downloads for people who ask for them.
      globPatterns: ['**/*.{js,css,html,svg,geojson,json}'],
      // The finer coastlines (basemap/detail/) are fetched when a visitor zooms in, and kept
      // by the worker from then on (src/sw.ts).
      // The complete change list and the OpenAPI description are for tools, like the schemas:
      // /changes and the History sections read the smaller files beside them.
      globIgnores: [
        'api/v1/schema/**',
        'api/v1/downloads/**',
        'basemap/detail/**',
        'api/v1/changes.json',
        'api/v1/openapi.json',
      ],
      // MapLibre's main chunk is about 1.1 MB before compression.
      maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
    },
    devOptions: { enabled: false },
  });
}

export default defineConfig({
  base,
  plugins: [
    react(),
    searchWordsPlugin(),
    contentSecurityPolicyPlugin(),
    basemapPlugin(),
    appShellPlugin(),
    pwaPlugin(),
  ],
  server: { port: 5173 },
  preview: { port: 4173 },
  // The manifest tells the prerender which styles and scripts each page's lazy route needs
  // (scripts/lib/page-assets.ts); the prerender removes it from the build afterwards.
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1200, manifest: true },
});
