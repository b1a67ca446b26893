import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy, frameAncestorsFor, SECURITY_HEADERS } from './scripts/lib/csp';

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

// BASE_URL lets the app live under a sub-path (e.g. /atlas/) on a static host.
export default defineConfig({
  base: process.env.BASE_URL ?? '/',
  plugins: [react(), contentSecurityPolicyPlugin()],
  server: { port: 5173 },
  preview: { port: 4173 },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1200 },
});
