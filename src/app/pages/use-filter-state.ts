// The filters of the explorer and dashboard, read from and written to the URL. Unknown or
// malformed values are dropped from the URL (replacing the entry) and kept for a notice.
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLocations } from '../../api/locations';
import {
  parseFilters,
  serialiseFilters,
  type Filters,
  type RawFilterSearch,
} from '../../domain/url-state';

export function useFilterState() {
  const search: RawFilterSearch = useSearch({ strict: false });
  const navigate = useNavigate();
  const { locations } = useLocations();
  const known = useMemo(() => new Set(locations.map((location) => location.id)), [locations]);
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
