// Prerenders every route to static HTML after `vite build`: the explorer's list and filter
// counts, every ecosystem page, the dashboard's figures and chart tables, events, about, in
// each language. Each page gets its own head (title, description, canonical URL, Open Graph,
// Twitter card, JSON-LD for ecosystems), and the build gets sitemap.xml and robots.txt.
// Usage: tsx scripts/prerender.ts   (after vite build; SITE_URL sets the public origin)
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { CHART_NAMES } from '../src/domain/url-state';
import { headFor, type PageInfo } from './lib/page-head';

// PRERENDER_DIST prerenders another build folder (several builds side by side).
const DIST = path.resolve(process.env.PRERENDER_DIST ?? 'dist');
const SSR_OUT = path.resolve(
  'node_modules/.cache',
  process.env.PRERENDER_DIST ? `atlas-prerender-${path.basename(DIST)}` : 'atlas-prerender',
);
const BASE = (process.env.BASE_URL ?? '/').replace(/\/?$/, '/');
const SITE = (process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/$/, '');
const LANGUAGES = ['en', 'da'] as const;

interface Renderer {
  renderPage: (
    path: string,
    language: string,
  ) => Promise<{ html: string; state: string; title: string }>;
}

/** Answers the app's API requests from dist/api/v1, as the static host will. */
function serveApiFromDisk(): void {
  globalThis.fetch = async (input: string | URL | Request) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const file = path.join(DIST, decodeURIComponent(url.replace(BASE, '/').split('?')[0] ?? ''));
    try {
      return new Response(await readFile(file, 'utf8'), {
        headers: { 'Content-Type': 'application/json' },
      });
    } catch {
      return new Response('not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
    }
  };
}

/** JSON that is safe inside a <script> element: no "</script>", no "<!--". */
const scriptSafe = (json: string) => json.replace(/</g, '\\u003c');

/** dist/about.html for /about (static hosts serve /about from it), dist/index.html for /. */
function fileFor(route: string, language: string): string {
  const name = route === '/' ? 'index' : route.replace(/^\//, '');
  return path.join(DIST, language === 'en' ? `${name}.html` : `${name}.${language}.html`);
}

async function main(): Promise<void> {
  await build({
    logLevel: 'warn',
    build: {
      ssr: 'src/entry-prerender.tsx',
      outDir: SSR_OUT,
      emptyOutDir: true,
      rollupOptions: { output: { format: 'esm', entryFileNames: 'entry-prerender.mjs' } },
    },
  });
  const renderer = (await import(
    pathToFileURL(path.join(SSR_OUT, 'entry-prerender.mjs')).href
  )) as Renderer;
  serveApiFromDisk();
  const template = await readFile(path.join(DIST, 'shell.html'), 'utf8');
  const ids = (await readdir(path.join(DIST, 'api/v1/ecosystems')))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.replace(/\.json$/, ''))
    .sort();
  const ecosystems = JSON.parse(
    await readFile(path.join(DIST, 'api/v1/ecosystems.json'), 'utf8'),
  ) as { ecosystems: { id: string }[] };
  const locations = JSON.parse(
    await readFile(path.join(DIST, 'api/v1/locations.json'), 'utf8'),
  ) as { locations: { id: string; label: string }[] };
  const routes = ['/', '/dashboard', '/present', '/events', '/about', '/compare', '/embed'].concat(
    CHART_NAMES.map((name) => `/embed/chart/${name}`),
    ids.map((id) => `/ecosystems/${id}`),
  );
  const pages: PageInfo[] = [];
  for (const route of routes) {
    for (const language of LANGUAGES) {
      const page = await renderer.renderPage(route, language);
      // The router's scroll-restoration snippet is an inline script, which the CSP forbids
      // (and the browser renders nothing in its place): leave it out.
      // React puts resource hints (an image preload) at the start of the markup, where the
      // browser's hydration does not expect them: they move to the <head>.
      const hints: string[] = [];
      const markup = page.html
        .replace(/<script>[\s\S]*?<\/script>/g, '')
        .replace(/<link rel="preload"[^>]*>/g, (link) => {
          hints.push(link);
          return '';
        });
      const ecosystemId = /^\/ecosystems\/(.+)$/.exec(route)?.[1];
      const ecosystem = ecosystemId
        ? (
            JSON.parse(
              await readFile(path.join(DIST, `api/v1/ecosystems/${ecosystemId}.json`), 'utf8'),
            ) as { ecosystem: Record<string, unknown> }
          ).ecosystem
        : undefined;
      const info: PageInfo = {
        route,
        language,
        title: page.title,
        ecosystem,
        site: SITE,
        base: BASE,
      };
      pages.push(info);
      const head = headFor(info, locations);
      const html = template
        .replace(/<html lang="[^"]*">/, `<html lang="${language}">`)
        .replace(/<title>[^<]*<\/title>/, [head, ...hints].join('\n    '))
        .replace(/\s*<meta\s+name="description"[\s\S]*?\/>/, '')
        .replace(
          '<div id="root"></div>',
          `<div id="root" data-prerendered="${route}" data-lang="${language}">${markup}</div>\n    <script type="application/json" id="atlas-state">${scriptSafe(page.state)}</script>`,
        );
      const file = fileFor(route, language);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, html);
    }
  }
  await writeFile(path.join(DIST, 'sitemap.xml'), sitemap(routes));
  await writeFile(
    path.join(DIST, 'robots.txt'),
    `User-agent: *\nAllow: /\nDisallow: ${BASE}embed\nSitemap: ${SITE}${BASE}sitemap.xml\n`,
  );
  // Hosts that can route on the query string (Netlify) serve the Danish page at ?lang=da;
  // elsewhere the English HTML arrives and the app renders Danish in the browser.
  await writeFile(
    path.join(DIST, '_redirects'),
    routes
      .map((route) => {
        const name = route === '/' ? 'index' : route.replace(/^\//, '');
        return `${BASE}${route.replace(/^\//, '')} lang=da ${BASE}${name}.da.html 200`;
      })
      .concat(`${BASE}* ${BASE}shell.html 200`)
      .join('\n') + '\n',
  );
  await rm(SSR_OUT, { recursive: true, force: true });
  console.log(
    `prerender: ${pages.length} pages (${routes.length} routes x ${LANGUAGES.length} languages), ` +
      `${ecosystems.ecosystems.length} ecosystems, sitemap.xml, robots.txt -> dist/`,
  );
}

function sitemap(routes: string[]): string {
  const url = (route: string, language: string) =>
    `${SITE}${BASE}${route.replace(/^\//, '')}${language === 'en' ? '' : `?lang=${language}`}`;
  const entries = routes
    .filter((route) => route !== '/embed' && !route.startsWith('/embed/'))
    .map((route) => {
      const alternates = LANGUAGES.map(
        (language) =>
          `    <xhtml:link rel="alternate" hreflang="${language}" href="${url(route, language)}" />`,
      ).join('\n');
      return `  <url>\n    <loc>${url(route, 'en')}</loc>\n${alternates}\n  </url>`;
    });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
}

await main();
