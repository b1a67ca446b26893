// The <head> of a prerendered page: its title, description, canonical URL and language
// alternates, Open Graph and Twitter card tags, and JSON-LD for an ecosystem.
import type en from '../../src/i18n/locales/en.json';
import { routeOf } from '../../src/app/route-table';
import { localizedPath } from '../../src/i18n/language-path';
import { readFileSync } from 'node:fs';
import { createPlaceNames, type Place, type PlaceWords } from '../../src/i18n/place-names';

/** A location named in running text in `language` ("Belgien", "the United States"). */
function placeInText(language: string, place: Partial<Place> & { id: string; label: string }) {
  if (!place.kind || !place.iso) return place.label;
  const file = new URL(`../../src/i18n/locales/${language}.json`, import.meta.url);
  const words = JSON.parse(readFileSync(file, 'utf8')) as {
    meta: { locale: string };
    places: PlaceWords;
  };
  return createPlaceNames(words.meta.locale, words.places).inText({
    ...place,
    kind: place.kind,
    iso: place.iso,
  });
}

/** The words of a page head, from the `seo` section of the page language's catalogue. */
export type SeoWords = typeof en.seo;

export interface PageInfo {
  route: string;
  language: string;
  title: string;
  /** The ecosystem document's record, for ecosystem pages. */
  ecosystem: Record<string, unknown> | undefined;
  /** The public origin, e.g. https://atlas.example.org. */
  site: string;
  /** The base path, ending with a slash. */
  base: string;
  /** Every interface language (src/i18n/languages.ts): the page's alternates. */
  languages: readonly string[];
  /** The page language's head words. */
  seo: SeoWords;
  /** The not-found page (404.html): no canonical address, not indexed. */
  notFound?: boolean;
  /** The page's own share card (1200 x 630, scripts/lib/share-card.ts), under the base. */
  image?: string;
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/{{\s*(\w+)\s*}}/g, (_match, key: string) => values[key] ?? '');
}

/** The page's absolute address in `language`: English unprefixed, Danish under /da/. */
export function pageUrl(info: Pick<PageInfo, 'site' | 'base' | 'route'>, language: string): string {
  return `${info.site}${localizedPath(info.route, language, info.base)}`;
}

function describe(
  info: PageInfo,
  locations: { locations: (Partial<Place> & { id: string; label: string })[] },
): string {
  const seo = info.seo;
  const record = info.ecosystem;
  if (info.notFound) return seo.notFound;
  // The route table names each route's words; an ecosystem's are filled in from its record.
  const head = routeOf(info.route)?.route.head ?? 'home';
  if (!record || head !== 'ecosystem') return seo[head === 'ecosystem' ? 'home' : head];
  const place = locations.locations.find((candidate) => candidate.id === record.locationId);
  const location = place ? placeInText(info.language, place) : '';
  const name = typeof record.name === 'string' ? record.name : '';
  return record.placeholder === true
    ? fill(seo.placeholder, { location })
    : fill(seo.ecosystem, { name, location });
}

function jsonLd(info: PageInfo, description: string): string | undefined {
  const record = info.ecosystem;
  if (!record || record.placeholder === true) return undefined;
  const website = typeof record.website === 'string' ? record.website : undefined;
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: record.name,
    description,
    url: pageUrl(info, 'en'),
    ...(website ? { sameAs: [website] } : {}),
    areaServed: record.place,
    memberOf: { '@type': 'Organization', name: info.seo.networkName },
  };
  return `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}

/** One alternate per language, and x-default (the unprefixed English page). */
function alternates(info: PageInfo): string[] {
  const link = (hreflang: string, language: string) =>
    `<link rel="alternate" hreflang="${hreflang}" href="${escape(pageUrl(info, language))}" />`;
  return [
    ...info.languages.map((language) => link(language, language)),
    link('x-default', info.languages[0] ?? info.language),
  ];
}

/** The Atom feeds of what changed: the whole atlas's, and an ecosystem's own on its page. */
function feedLinks(info: PageInfo): string[] {
  const feeds = `${info.site}${info.base}api/v1/feeds/`;
  const link = (href: string, title: string) =>
    `<link rel="alternate" type="application/atom+xml" title="${escape(title)}" href="${escape(href)}" />`;
  const links = [link(`${feeds}atlas.atom`, 'Ecosystem Atlas: what changed')];
  const id = info.ecosystem?.id;
  if (typeof id === 'string' && typeof info.ecosystem?.name === 'string')
    links.push(link(`${feeds}ecosystems/${id}.atom`, `Ecosystem Atlas: ${info.ecosystem.name}`));
  if (info.route === '/events')
    links.push(link(`${feeds}gatherings.atom`, 'Ecosystem Atlas: new gatherings'));
  return links;
}

export function headFor(
  info: PageInfo,
  locations: { locations: (Partial<Place> & { id: string; label: string })[] },
): string {
  const description = describe(info, locations);
  const url = pageUrl(info, info.language);
  const image = `${info.site}${info.base}${info.image ?? 'pwa-512.png'}`;
  if (info.notFound) {
    return [
      `<title>${escape(info.title)}</title>`,
      `<meta name="description" content="${escape(description)}" />`,
      '<meta name="robots" content="noindex" />',
    ].join('\n    ');
  }
  const tags = [
    `<title>${escape(info.title)}</title>`,
    `<meta name="description" content="${escape(description)}" />`,
    `<link rel="canonical" href="${escape(url)}" />`,
    ...alternates(info),
    ...feedLinks(info),
    `<meta property="og:type" content="${info.ecosystem ? 'article' : 'website'}" />`,
    `<meta property="og:site_name" content="Ecosystem Atlas" />`,
    `<meta property="og:title" content="${escape(info.title)}" />`,
    `<meta property="og:description" content="${escape(description)}" />`,
    `<meta property="og:url" content="${escape(url)}" />`,
    `<meta property="og:locale" content="${escape(info.seo.ogLocale)}" />`,
    `<meta property="og:image" content="${escape(image)}" />`,
    ...(info.image
      ? [
          '<meta property="og:image:width" content="1200" />',
          '<meta property="og:image:height" content="630" />',
          '<meta name="twitter:card" content="summary_large_image" />',
          `<meta name="twitter:image" content="${escape(image)}" />`,
        ]
      : ['<meta name="twitter:card" content="summary" />']),
    `<meta name="twitter:title" content="${escape(info.title)}" />`,
    `<meta name="twitter:description" content="${escape(description)}" />`,
  ];
  if (routeOf(info.route)?.route.indexed !== true) {
    tags.push('<meta name="robots" content="noindex" />');
  }
  const ld = jsonLd(info, description);
  if (ld) tags.push(ld);
  return tags.join('\n    ');
}
