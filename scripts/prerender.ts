// Prerenders every route to static HTML after `vite build`: the explorer's list and filter
// counts, every ecosystem page, the dashboard's figures and chart tables, events, about, in
// each language (English at /dashboard, Danish at /da/dashboard: a folder per page,
// dashboard/index.html and da/dashboard/index.html, which any static host serves), and the
// not-found page in each (404.html, da/404.html). Each page gets its own head (title, description, canonical URL, Open Graph,
// Twitter card, JSON-LD for ecosystems), and the build gets sitemap.xml and robots.txt.
// Usage: tsx scripts/prerender.ts   (after vite build; SITE_URL sets the public origin)
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { routeOf, staticPaths } from '../src/app/route-table';
import { localizedPath } from '../src/i18n/language-path';
import {
  API_NOT_FOUND,
  API_NOT_FOUND_FILE,
  netlifyRedirects,
  robots,
  sitemap,
  type Site,
} from './lib/host-files';
import { headersFile } from './lib/headers-rules';
import { linkPageAssets, pageAssets, type Manifest } from './lib/page-assets';
import { headFor, type PageInfo, type SeoWords } from './lib/page-head';
import { createShareCards } from './lib/share-card-pages';
import { siteOrigin } from './lib/site-url';

// PRERENDER_DIST prerenders another build folder (several builds side by side).
const DIST = path.resolve(process.env.PRERENDER_DIST ?? 'dist');
const SSR_OUT = path.resolve(
  'node_modules/.cache',
  process.env.PRERENDER_DIST ? `atlas-prerender-${path.basename(DIST)}` : 'atlas-prerender',
);
const BASE = (process.env.BASE_URL ?? '/').replace(/\/?$/, '/');
const SITE = siteOrigin('prerender');
/** Rendered at this path, the app shows its not-found page; written to 404.html. */
const NOT_FOUND = '/404';

interface Renderer {
  /** src/i18n/languages.ts, as the app reads it. */
  LANGUAGES: readonly string[];
  /** The dashboard's charts (src/features/dashboard/charts), each embeddable by its name. */
  CHART_NAMES: readonly string[];
  catalogue: (language: string) => Promise<Record<string, unknown>>;
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

/**
 * A folder per page: dist/about/index.html for /about, dist/da/about/index.html for Danish
 * /about, dist/index.html for /; the not-found page is 404.html (da/404.html).
 */
function fileFor(route: string, language: string): string {
  const folder = localizedPath(route === NOT_FOUND ? '/' : route, language, '/');
  return path.join(DIST, folder, route === NOT_FOUND ? '404.html' : 'index.html');
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
  const manifestFile = path.join(DIST, '.vite/manifest.json');
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Manifest;
  /** The route's page styles and scripts (the not-found page has none of its own). */
  const assetsFor = (route: string) => {
    const page = routeOf(route)?.route.page;
    return page ? pageAssets(manifest, `src/app/pages/${page}.tsx`) : { css: [], js: [] };
  };
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
  // Every page of the route table (src/app/route-table.ts): one per ecosystem and per chart.
  const { LANGUAGES, CHART_NAMES } = renderer;
  const routes = staticPaths({ ecosystems: ids, charts: CHART_NAMES });
  const seo = Object.fromEntries(
    await Promise.all(
      LANGUAGES.map(async (language) => {
        const words = (await renderer.catalogue(language)) as { seo: SeoWords };
        return [language, words.seo] as const;
      }),
    ),
  );
  const cards = await createShareCards(DIST, renderer.catalogue);
  const pages: PageInfo[] = [];
  for (const route of [...routes, NOT_FOUND]) {
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
        languages: LANGUAGES,
        seo: seo[language] as SeoWords,
        notFound: route === NOT_FOUND,
        image: await cards.image(route, language, { title: page.title, ecosystem }),
      };
      pages.push(info);
      const head = headFor(info, locations);
      const html = linkPageAssets(template, assetsFor(route), BASE)
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
  const site: Site = { site: SITE, base: BASE, languages: LANGUAGES };
  await writeFile(path.join(DIST, 'sitemap.xml'), sitemap(routes, site));
  await writeFile(path.join(DIST, 'robots.txt'), robots(site));
  await writeFile(path.join(DIST, '_redirects'), netlifyRedirects(routes, site));
  const styleUrl = process.env.VITE_MAP_STYLE_URL;
  await writeFile(path.join(DIST, '_headers'), headersFile({ ...site, styleUrl }));
  await writeFile(path.join(DIST, API_NOT_FOUND_FILE), API_NOT_FOUND);
  await rm(SSR_OUT, { recursive: true, force: true });
  await rm(path.dirname(manifestFile), { recursive: true, force: true });
  console.log(cards.summary());
  console.log(
    `prerender: ${pages.length} pages (${routes.length} routes and the not-found page x ` +
      `${LANGUAGES.length} languages), ${ecosystems.ecosystems.length} ecosystems, sitemap.xml, ` +
      `robots.txt, _redirects, _headers -> ${path.relative(process.cwd(), DIST)}/`,
  );
}

await main();
