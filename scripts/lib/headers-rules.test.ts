import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../bench/headers-file';
import { contentSecurityPolicy } from './csp';
import { headersFile } from './headers-rules';

/** The headers a host that reads `_headers` sends for a path: every matching rule's, in order. */
function headersAt(file: string, path: string): Record<string, string[]> {
  const sent: Record<string, string[]> = {};
  for (const rule of parseHeadersFile(file)) {
    if (!rule.pattern.test(path)) continue;
    for (const [name, value] of rule.headers) (sent[name] ??= []).push(value);
  }
  return sent;
}

const policy = (frameAncestors: string) => [contentSecurityPolicy({ frameAncestors })];

describe('the build’s _headers file', () => {
  const file = headersFile({ base: '/', languages: ['en', 'da'] });

  it('lets other sites frame the embeds, in every language, and nothing else', () => {
    for (const path of ['/embed', '/da/embed', '/embed/chart/growth', '/da/embed/chart/regions'])
      expect(headersAt(file, path)['Content-Security-Policy'], path).toEqual(policy('*'));
    for (const path of ['/', '/index.html', '/da', '/da/', '/dashboard', '/da/ecosystems/basque'])
      expect(headersAt(file, path)['Content-Security-Policy'], path).toEqual(policy("'none'"));
  });

  it('gives every route one policy and every path the security headers', () => {
    for (const path of ['/present', '/events', '/about', '/compare', '/changes', '/da/changes']) {
      const sent = headersAt(file, path);
      expect(sent['Content-Security-Policy'], path).toHaveLength(1);
      expect(sent['X-Content-Type-Options'], path).toEqual(['nosniff']);
    }
  });

  it('sends calendars and feeds with their content types', () => {
    expect(headersAt(file, '/api/v1/calendars/network.ics')['Content-Type']).toEqual([
      'text/calendar; charset=utf-8',
    ]);
    expect(headersAt(file, '/api/v1/feeds/changes.atom')['Content-Type']).toEqual([
      'application/atom+xml; charset=utf-8',
    ]);
  });

  it('writes its rules under the base path, with a hosted map style’s origin', () => {
    const hosted = headersFile({
      base: '/atlas/',
      languages: ['en', 'da'],
      styleUrl: 'https://tiles.example.org/style.json',
    });
    const embed = headersAt(hosted, '/atlas/da/embed')['Content-Security-Policy'];
    expect(embed).toEqual([
      contentSecurityPolicy({
        frameAncestors: '*',
        styleUrl: 'https://tiles.example.org/style.json',
      }),
    ]);
    expect(headersAt(hosted, '/embed')['Content-Security-Policy']).toBeUndefined();
    expect(headersAt(hosted, '/atlas/api/v1/calendars/x.ics')['Content-Type']).toHaveLength(1);
  });
});
