// The URL as the state of each page: hooks that bind the parsers of domain/url-state.ts to
// the router. Pages read the URL here and hand plain values and callbacks to the features.
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ecosystemsQuery } from '../api/ecosystems';
import { locationsQuery } from '../api/locations';
import { toggleCompared } from '../domain/compare-choice';
import {
  parseCompareIds,
  serialiseCompareIds,
  type DroppedId,
  parseEmbed,
  filterSearchOf,
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
  // The filters' own values as a key, so a change to another parameter keeps the same filters.
  const raw = JSON.stringify(filterSearchOf(search));
  const { filters, dropped } = useMemo(
    () => parseFilters(JSON.parse(raw) as RawFilterSearch, known),
    [raw, known],
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

/**
 * A list of ecosystem ids in the URL (`?ids=` on /compare, `?compare=` elsewhere): unknown ids,
 * repeats and any past the fourth are dropped from the URL (replacing the entry) once the
 * ecosystems are known, and kept for a notice.
 */
function useIdList(key: 'ids' | 'compare') {
  const search: Record<string, unknown> = useSearch({ strict: false });
  const navigate = useNavigate();
  const value = search[key];
  // Not suspending: the tray and the page show what they can while the summaries load. Pages
  // with no choice in their URL do not ask for the summaries on its account.
  const ecosystems = useQuery({
    ...ecosystemsQuery(),
    enabled: key === 'ids' || typeof value === 'string',
  }).data?.ecosystems;
  const known = useMemo(
    () => (ecosystems ? new Set(ecosystems.map((ecosystem) => ecosystem.id)) : undefined),
    [ecosystems],
  );
  // Nothing is dropped until the ecosystems are known: an unknown id must not push a known
  // one past the fourth place.
  const { ids, dropped } = useMemo(
    () =>
      known
        ? parseCompareIds(value, known)
        : { ids: parseCompareIds(value, undefined).ids, dropped: [] },
    [value, known],
  );
  const [notice, setNotice] = useState<DroppedId[]>([]);
  const [reported, setReported] = useState<DroppedId[]>([]);
  if (dropped.length > 0 && dropped !== reported) {
    setReported(dropped);
    setNotice(dropped);
  }
  const setIds = useCallback(
    (next: readonly string[], options: { replace?: boolean } = {}) =>
      void navigate({
        to: '.',
        search: (previous) => ({ ...previous, [key]: serialiseCompareIds(next) }),
        replace: options.replace,
        resetScroll: false,
      }),
    [navigate, key],
  );
  useEffect(() => {
    if (dropped.length > 0) setIds(ids, { replace: true });
  }, [dropped, ids, setIds]);
  const dismissNotice = useCallback(() => setNotice([]), []);
  return { ids, setIds, notice, dismissNotice };
}

/** The ecosystems side by side on /compare (`?ids=`). */
export const useCompareIds = () => useIdList('ids');

/** The ecosystems chosen for comparison while browsing (`?compare=`), kept on every link. */
export function useCompareChoice() {
  const { ids, setIds } = useIdList('compare');
  const toggle = useCallback((id: string) => setIds(toggleCompared(ids, id)), [ids, setIds]);
  const remove = useCallback(
    (id: string) => setIds(ids.filter((other) => other !== id)),
    [ids, setIds],
  );
  return { ids, toggle, remove };
}

/** The embed's options (`/embed?list=1`). */
export function useEmbedParams() {
  const search: Record<string, unknown> = useSearch({ strict: false });
  const { list } = search;
  return useMemo(() => parseEmbed({ list }), [list]);
}
