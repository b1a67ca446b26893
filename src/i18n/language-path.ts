// A language in the address: English unprefixed (`/atlas/dashboard`), any other language
// under its code (`/atlas/da/dashboard`). Pure, so that the app, the prerender and the page
// heads build the same addresses.
import { DEFAULT_LANGUAGE } from './default-language';

/** The path of `route` ("/", "/dashboard") in `language`, under `base` ("/" or "/atlas/"). */
export function localizedPath(route: string, language: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const prefix = language === DEFAULT_LANGUAGE ? '' : `${language}/`;
  return `${root}${prefix}${route.replace(/^\//, '')}`;
}

/**
 * Splits an address's path into the language its prefix names (undefined when it has none)
 * and the route under it: `/da/dashboard` is Danish `/dashboard`, `/da` is Danish `/`.
 */
export function splitLanguagePath(
  pathname: string,
  base: string,
  languages: readonly string[],
): { language: string | undefined; route: string } {
  const root = base.endsWith('/') ? base : `${base}/`;
  const inside = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.slice(1);
  const [first = '', ...rest] = inside.split('/');
  if (first !== DEFAULT_LANGUAGE && languages.includes(first)) {
    return { language: first, route: `/${rest.join('/')}` };
  }
  return { language: undefined, route: `/${inside}` };
}
