import { useEffect, useRef } from 'react';

/**
 * Moves focus to the main region when the page (path) changes, so keyboard and screen-reader
 * users start at the new content, as they would after a full page load. Not on first load,
 * and not when only the query string (the filters) changes.
 */
export function useRouteFocus(pathname: string) {
  const mainRef = useRef<HTMLElement>(null);
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    mainRef.current?.focus({ preventScroll: false });
  }, [pathname]);
  return mainRef;
}
