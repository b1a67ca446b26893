// The files a static host reads beside the pages: sitemap.xml (every page in every language,
// each with its alternates), robots.txt, Netlify's _redirects (old `?lang=` links, a not-found
// page per language, an API that never answers with HTML) and the API's not-found answer.
import { routeOf } from '../../src/app/route-table';
import { localizedPath } from '../../src/i18n/language-path';

export interface Site {
  /** The public origin, e.g. https://atlas.example.org. */
  site: string;
  /** The base path, ending with a slash. */
  base: string;
  /** Every interface language, the default first. */
  languages: readonly string[];
}

/** The body of every missing API document on hosts that can say so (never the app's HTML). */
export const API_NOT_FOUND = '{"error":"not found"}\n';
/** Where that body lives in the build, under the base path. */
export const API_NOT_FOUND_FILE = 'api/404.json';

export function sitemap(routes: readonly string[], { site, base, languages }: Site): string {
  const url = (route: string, language: string) => `${site}${localizedPath(route, language, base)}`;
  const entries = routes
    .filter((route) => routeOf(route)?.route.indexed === true)
    .flatMap((route) => {
      const alternates = [
        ...languages.map((language) => [language, url(route, language)] as const),
        ['x-default', url(route, languages[0] ?? 'en')] as const,
      ]
        .map(
          ([hreflang, href]) =>
            `    <xhtml:link rel="alternate" hreflang="${hreflang}" href="${href}" />`,
        )
        .join('\n');
      return languages.map(
        (language) => `  <url>\n    <loc>${url(route, language)}</loc>\n${alternates}\n  </url>`,
      );
    });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
}

export function robots({ site, base, languages }: Site): string {
  const embeds = languages.map(
    (language) => `Disallow: ${localizedPath('/embed', language, base)}`,
  );
  return `User-agent: *\nAllow: /\n${embeds.join('\n')}\nSitemap: ${site}${base}sitemap.xml\n`;
}

/**
 * Netlify's _redirects. Netlify serves dashboard/index.html at /dashboard and 404.html for
 * an unknown address by itself; these rules add what it cannot guess. Netlify passes the
 * other query parameters on (the app then drops `lang`).
 */
export function netlifyRedirects(routes: readonly string[], { base, languages }: Site): string {
  const others = languages.slice(1);
  const lines = others.flatMap((language) =>
    routes.map(
      (route) =>
        `${localizedPath(route, 'en', base)} lang=${language} ${localizedPath(route, language, base)} 301!`,
    ),
  );
  lines.push(`${base}api/* ${base}${API_NOT_FOUND_FILE} 404`);
  for (const language of others) {
    lines.push(
      `${localizedPath('/', language, base)}* ${localizedPath('/404.html', language, base)} 404`,
    );
  }
  return `${lines.join('\n')}\n`;
}
