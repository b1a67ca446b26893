// The build's `_headers` file (Netlify, Cloudflare Pages), written by the prerender from the
// route table and the language list: a Content-Security-Policy per route, in every language and
// under the base path, with frame-ancestors `*` for the routes the table lets others frame.
import { ROUTE_TABLE } from '../../src/app/route-table';
import { localizedPath } from '../../src/i18n/language-path';
import { contentSecurityPolicy, SECURITY_HEADERS } from './csp';

interface HeadersSite {
  base: string;
  languages: readonly string[];
  /** VITE_MAP_STYLE_URL, when the map's style is hosted elsewhere. */
  styleUrl?: string;
}

const rule = (pattern: string, headers: Record<string, string>): string =>
  [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');

/** The paths a route answers at in one language: a parameter matches any one segment. */
function patternsOf(path: string, language: string, base: string): string[] {
  const localized = localizedPath(path.replace(/\$[a-z]+/i, '*'), language, base);
  if (path !== '/') return [localized];
  // The home page: /, /index.html; Danish /da, /da/ and /da/index.html.
  const bare = localized.replace(/\/$/, '');
  return [...new Set([bare || '/', localized, `${localized}index.html`])];
}

export function headersFile({ base, languages, styleUrl }: HeadersSite): string {
  const rules = [
    [
      '# Response headers for static hosts that read _headers (Netlify, Cloudflare Pages), written',
      '# by the build from the route table (scripts/lib/headers-rules.ts). Hosts add up every rule',
      '# that matches a path, so the policy is set per route: only the embeds may be framed.',
      rule(`${base}*`, SECURITY_HEADERS),
    ].join('\n'),
  ];
  for (const language of languages) {
    for (const route of ROUTE_TABLE) {
      const policy = contentSecurityPolicy({
        styleUrl,
        frameAncestors: route.framed ? '*' : "'none'",
      });
      for (const pattern of patternsOf(route.path, language, base))
        rules.push(rule(pattern, { 'Content-Security-Policy': policy }));
    }
  }
  rules.push(
    `# Calendar files (RFC 5545) in UTF-8, for calendar apps that subscribe to them.\n${rule(
      `${base}api/v1/calendars/*`,
      { 'Content-Type': 'text/calendar; charset=utf-8' },
    )}`,
    `# Atom feeds of what changed, for feed readers.\n${rule(`${base}api/v1/feeds/*`, {
      'Content-Type': 'application/atom+xml; charset=utf-8',
    })}`,
  );
  return `${rules.join('\n\n')}\n`;
}
