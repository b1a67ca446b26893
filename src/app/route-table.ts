// Each route's facts, once: its path (as the router writes it), which pages the build
// prerenders for it, whether other sites may frame it, whether search engines should index it
// (and the sitemap list it), the catalogue words of its page head (`seo.<head>`), and the API
// documents it reads before it shows its content. The router, the layout, the prerender, its data
// prefetch, the sitemap, the page heads and the CSP headers read this table; pure data, so build
// scripts can read it too.

/** An API document a page reads: one of the static API's files (`ecosystem`: /ecosystems/<id>). */
export type DocumentName =
  'locations' | 'ecosystems' | 'stats' | 'events' | 'changes' | 'ecosystem' | 'ecosystemChanges';

/** The page head's words: a key of the catalogues' `seo` section. */
export type HeadKey =
  | 'home'
  | 'dashboard'
  | 'present'
  | 'events'
  | 'about'
  | 'compare'
  | 'changes'
  | 'embed'
  | 'embedChart'
  | 'ecosystem';

export interface RouteFacts {
  /** As the router writes it (src/app/routes.tsx builds the router from this table): `$id`
   * stands for the route's one parameter. */
  path: string;
  /** A page of its own, one per ecosystem (`$id`) or one per dashboard chart (`$name`). */
  prerender: 'page' | 'each-ecosystem' | 'each-chart';
  /** Other sites may show it in a frame (the embeds). */
  framed: boolean;
  /** Drawn without the site's header, footer and comparison tray (full screen, iframes). */
  chromeless: boolean;
  /** Search engines may index it; the sitemap lists it. */
  indexed: boolean;
  head: HeadKey;
  documents: readonly DocumentName[];
  /** The page's module (src/app/pages/<page>.tsx, lazy in the router): the prerender links its
   * styles and scripts in the page's head, so the HTML is styled before any script runs. */
  page: string;
}

/** What every page reads: the filter list and the ecosystems' summaries. */
const BASE: readonly DocumentName[] = ['locations', 'ecosystems'];

const page = <const Path extends string>(
  facts: Partial<Omit<RouteFacts, 'path'>> & Pick<RouteFacts, 'head' | 'page'> & { path: Path },
): RouteFacts & { path: Path } => ({
  prerender: 'page',
  framed: false,
  chromeless: false,
  indexed: true,
  documents: BASE,
  ...facts,
});

// Each row keeps its path as a literal type, so the router built from it checks every link.
export const ROUTE_TABLE = [
  page({ path: '/', page: 'explorer-page', head: 'home' }),
  page({
    path: '/dashboard',
    page: 'dashboard-page',
    head: 'dashboard',
    documents: [...BASE, 'stats'],
  }),
  page({
    path: '/present',
    page: 'present-page',
    head: 'present',
    chromeless: true,
    indexed: false,
    documents: [...BASE, 'stats'],
  }),
  page({ path: '/events', page: 'events-page', head: 'events', documents: [...BASE, 'events'] }),
  page({ path: '/about', page: 'about-page', head: 'about' }),
  page({ path: '/compare', page: 'compare-page', head: 'compare' }),
  page({
    path: '/changes',
    page: 'changes-page',
    head: 'changes',
    documents: [...BASE, 'changes'],
  }),
  page({
    path: '/embed',
    page: 'embed-page',
    head: 'embed',
    framed: true,
    chromeless: true,
    indexed: false,
  }),
  page({
    path: '/embed/chart/$name',
    page: 'chart-embed-page',
    head: 'embedChart',
    prerender: 'each-chart',
    framed: true,
    chromeless: true,
    indexed: false,
    documents: [...BASE, 'stats'],
  }),
  page({
    path: '/ecosystems/$id',
    page: 'ecosystem-page',
    head: 'ecosystem',
    prerender: 'each-ecosystem',
    documents: [...BASE, 'ecosystem', 'events', 'ecosystemChanges'],
  }),
] as const satisfies readonly RouteFacts[];

const PARAMETER = /\$[a-z]+/i;

/** The component a page module exports: `explorer-page` exports `ExplorerPage`. */
export function pageExport(page: string): string {
  return page.replace(/(?:^|-)([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** The route a concrete path ("/ecosystems/basque") belongs to, with its parameter's value. */
export function routeOf(path: string): { route: RouteFacts; param?: string } | undefined {
  for (const route of ROUTE_TABLE) {
    const pattern = new RegExp(`^${route.path.replace(PARAMETER, '([a-z0-9-]+)')}$`);
    const match = pattern.exec(path);
    if (match) return { route, param: match[1] };
  }
  return undefined;
}

/** Every path the build prerenders, given the ecosystems' ids and the chart names. */
export function staticPaths(values: {
  ecosystems: readonly string[];
  charts: readonly string[];
}): string[] {
  return ROUTE_TABLE.flatMap((route) => {
    if (route.prerender === 'page') return [route.path];
    const each = route.prerender === 'each-chart' ? values.charts : values.ecosystems;
    return each.map((value) => route.path.replace(PARAMETER, value));
  });
}
