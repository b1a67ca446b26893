// The Content-Security-Policy of the production build: one definition for the <meta> tag,
// the preview server's headers and the build's _headers (headers-rules.ts).
import { ROUTE_TABLE } from '../../src/app/route-table';

/** Origins the hosted map style needs, when VITE_MAP_STYLE_URL is set. */
function styleOrigin(styleUrl: string | undefined): string | undefined {
  if (!styleUrl) return undefined;
  try {
    return new URL(styleUrl).origin;
  } catch {
    return undefined;
  }
}

export function contentSecurityPolicy({
  styleUrl,
  frameAncestors,
}: {
  styleUrl?: string;
  /** Omitted for the <meta> tag, where browsers ignore it. */
  frameAncestors?: string;
} = {}): string {
  const extra = styleOrigin(styleUrl);
  const withStyle = (sources: string) => (extra ? `${sources} ${extra}` : sources);
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "worker-src 'self'",
    withStyle("img-src 'self' data: blob:"),
    withStyle("connect-src 'self'"),
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "manifest-src 'self'",
  ];
  if (frameAncestors) directives.push(`frame-ancestors ${frameAncestors}`);
  return directives.join('; ');
}

/** The route table's framed routes as one pattern, under any base path and language prefix. */
const FRAMED = new RegExp(
  `^/(?:[^?#]*/)?(?:${ROUTE_TABLE.filter((route) => route.framed)
    .map((route) => route.path.slice(1).replace(/\$[a-z]+/i, '[a-z0-9-]+'))
    .join('|')})/?(?:[?#]|$)`,
);

/**
 * Only the routes the table marks framed (the embeds: /embed, /embed/chart/<name>) may be framed
 * by other sites. The atlas's own pages frame them too (the embed dialog's preview), which
 * `default-src 'self'` allows as frame-src.
 */
export function frameAncestorsFor(path: string): string {
  return FRAMED.test(path) ? '*' : "'none'";
}

export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};
