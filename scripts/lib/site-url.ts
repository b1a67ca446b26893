// The atlas's public origin (SITE_URL), which canonical links, og:url, the calendar files and
// the downloads name. Unset, it is the local preview's address: right for a local build, wrong
// for one that is deployed, so a CI or production build says so loudly. Warning rather than
// failing keeps CI green; REQUIRE_SITE_URL=1 makes a deploy pipeline fail instead, and
// ALLOW_LOCALHOST_SITE=1 says the local address is meant.

export const LOCAL_SITE = 'http://localhost:4173';

export type SiteEnv = Partial<
  Record<'SITE_URL' | 'CI' | 'NODE_ENV' | 'ALLOW_LOCALHOST_SITE' | 'REQUIRE_SITE_URL', string>
>;

const truthy = (value: string | undefined) =>
  value !== undefined && value !== '' && value !== '0' && value !== 'false';

/** True for a build in CI or with NODE_ENV=production. */
export const isProductionBuild = (env: SiteEnv): boolean =>
  truthy(env.CI) || env.NODE_ENV === 'production';

export function localSiteWarning(step: string): string {
  const line = '!'.repeat(78);
  return [
    line,
    `${step}: SITE_URL is not set. Canonical links, og:url, the calendar files, atlas_url in the`,
    `downloads and the downloads README will name ${LOCAL_SITE}, which only works on this machine.`,
    'Set SITE_URL=https://<the public origin> (and BASE_URL for a sub-path) before deploying;',
    'ALLOW_LOCALHOST_SITE=1 silences this, REQUIRE_SITE_URL=1 makes it an error.',
    line,
  ].join('\n');
}

/** The origin without a trailing slash; throws on an address that is not http(s). */
export function siteOrigin(
  step: string,
  env: SiteEnv = process.env,
  warn: (message: string) => void = console.warn,
): string {
  const configured = env.SITE_URL?.trim();
  if (configured) {
    let url: URL;
    try {
      url = new URL(configured);
    } catch {
      throw new Error(`${step}: SITE_URL "${configured}" is not an absolute URL`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new Error(`${step}: SITE_URL must be an http(s) address, not "${configured}"`);
    }
    return configured.replace(/\/+$/, '');
  }
  if (truthy(env.REQUIRE_SITE_URL)) {
    throw new Error(`${step}: SITE_URL is required (REQUIRE_SITE_URL is set)`);
  }
  if (isProductionBuild(env) && !truthy(env.ALLOW_LOCALHOST_SITE)) warn(localSiteWarning(step));
  return LOCAL_SITE;
}
