import { describe, expect, it, vi } from 'vitest';
import { LOCAL_SITE, siteOrigin } from './site-url';

describe('the public origin a build names', () => {
  it('is SITE_URL without its trailing slash', () => {
    const warn = vi.fn();
    expect(siteOrigin('build', { SITE_URL: 'https://atlas.example/', CI: 'true' }, warn)).toBe(
      'https://atlas.example',
    );
    expect(warn).not.toHaveBeenCalled();
  });

  it('is the local preview, quietly, in a local build', () => {
    const warn = vi.fn();
    expect(siteOrigin('build', {}, warn)).toBe(LOCAL_SITE);
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([{ CI: 'true' }, { CI: '1' }, { NODE_ENV: 'production' }])(
    'is the local preview with a loud warning in a CI or production build (%o)',
    (env) => {
      const warn = vi.fn();
      expect(siteOrigin('build:api', env, warn)).toBe(LOCAL_SITE);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]?.[0]).toMatch(/build:api: SITE_URL is not set/);
      expect(warn.mock.calls[0]?.[0]).toMatch(/canonical links, og:url, the calendar files/i);
    },
  );

  it('stays quiet when the local address is meant, and fails when SITE_URL is required', () => {
    const warn = vi.fn();
    expect(siteOrigin('build', { CI: 'true', ALLOW_LOCALHOST_SITE: '1' }, warn)).toBe(LOCAL_SITE);
    expect(warn).not.toHaveBeenCalled();
    expect(() => siteOrigin('build', { REQUIRE_SITE_URL: '1' }, warn)).toThrow(/required/);
  });

  it('refuses an address that is not http(s)', () => {
    expect(() => siteOrigin('build', { SITE_URL: 'atlas.example' })).toThrow(/absolute URL/);
    expect(() => siteOrigin('build', { SITE_URL: 'ftp://atlas.example' })).toThrow(/http/);
  });
});
