// Values that exist only in the browser, read so that the first render in the browser matches
// the prerendered HTML: during hydration React uses the server's value, then the browser's.
import { useSyncExternalStore } from 'react';

const subscribeNothing = () => () => undefined;

/** False while prerendering and hydrating, true once the page runs in the browser. */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
}

/** Now in the browser; `fallback` (a fixed date, e.g. the data's) while prerendering. */
export function useNow(fallback: string): Date {
  const client = useIsClient();
  return client ? new Date() : new Date(fallback);
}

/** Today (YYYY-MM-DD) in the browser; the date of `fallback` while prerendering. */
export function useToday(fallback: string): string {
  return useNow(fallback).toISOString().slice(0, 10);
}

/** The site's host and base path as the visitor sees it; empty while prerendering. */
export function useSiteAddress(): string {
  const client = useIsClient();
  return client ? `${window.location.host}${import.meta.env.BASE_URL}` : '';
}

const visitorTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The visitor's IANA time zone in the browser; undefined while prerendering and hydrating. */
export function useVisitorTimeZone(): string | undefined {
  return useSyncExternalStore(subscribeNothing, visitorTimeZone, () => undefined);
}
