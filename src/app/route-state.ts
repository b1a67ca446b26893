// The URL as the state of each page: hooks that bind the parsers of domain/url-state.ts to
// the router. Pages read the URL here and hand plain values and callbacks to the features.
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { locationsQuery } from '../api/locations';
import {
  parseFilters,
  parsePresent,
  parseSelected,
  serialiseFilters,
  serialiseSlide,
  type Filters,
  type RawFilterSearch,
} from '../domain/url-state';

/**
 * The filters of the explorer, dashboard, events and presenter. Unknown or malformed values
 * are dropped from the URL (replacing the entry) and kept for a notice.
 */
export function useFilterState() {
  const search: RawFilterSearch = useSearch({ strict: false });
  const navigate = useNavigate();
  // Not suspending: the map starts while the locations load; unknown ids are dropped after.
  const locations = useQuery(locationsQuery()).data?.locations;
  const known = useMemo(
    () => (locations ? new Set(locations.map((location) => location.id)) : undefined),
    [locations],
  );
  const { country, region, theme, q } = search;
  const { filters, dropped } = useMemo(
    () => parseFilters({ country, region, theme, q }, known),
    [country, region, theme, q, known],
  );
  const [notice, setNotice] = useState<string[]>([]);
  // Keep what was dropped for the notice (state adjusted while rendering, not in an effect).
  const [reported, setReported] = useState<string[]>([]);
  if (dropped.length > 0 && dropped !== reported) {
    setReported(dropped);
    setNotice(dropped);
  }

  const setFilters = useCallback(
    (next: Filters, options: { replace?: boolean } = {}) =>
      void navigate({
        to: '.',
        search: (previous) => ({ ...previous, ...serialiseFilters(next) }),
        replace: options.replace,
        resetScroll: false,
      }),
    [navigate],
  );

  useEffect(() => {
    if (dropped.length > 0) setFilters(filters, { replace: true });
  }, [dropped, filters, setFilters]);

  const dismissNotice = useCallback(() => setNotice([]), []);
  return { filters, setFilters, notice, dismissNotice };
}

/** The presenter's parameters, and a way to move to a slide (0-based) without a new entry. */
export function usePresentParams() {
  const search: Record<string, unknown> = useSearch({ strict: false });
  const navigate = useNavigate();
  const { slide, auto, kiosk, spotlight } = search;
  const params = useMemo(
    () => parsePresent({ slide, auto, kiosk, spotlight }),
    [slide, auto, kiosk, spotlight],
  );
  const setSlide = useCallback(
    (index: number) =>
      void navigate({
        to: '.',
        search: (previous) => ({ ...previous, slide: serialiseSlide(index) }),
        replace: true,
      }),
    [navigate],
  );
  return { ...params, setSlide };
}

/** The ecosystem whose panel is open on the map (`?selected=`), shareable like the filters. */
export function useSelection() {
  const search: Record<string, unknown> = useSearch({ strict: false });
  const navigate = useNavigate();
  const selectedId = parseSelected(search.selected);
  const select = useCallback(
    (id: string | undefined) =>
      void navigate({
        to: '.',
        search: (previous) => ({ ...previous, selected: id }),
        replace: true,
        resetScroll: false,
      }),
    [navigate],
  );
  return { selectedId, select };
}
