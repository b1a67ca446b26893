// Presenter mode: ?slide=N (1-based), ?auto=SECONDS, ?kiosk=1, ?spotlight=<id>, plus filters.
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import { useStats } from '../../api/stats';
import { activeFilterCount, serialiseFilters } from '../../domain/url-state';
import { Presenter } from '../../features/present/presenter';
import { usePageTitle } from '../../ui/page-title';
import { QueryBoundary } from '../../ui/query-boundary';
import { useSlides } from './present-slides';
import { useExplorerData } from './use-explorer-data';
import { useFilterState } from './use-filter-state';

function positiveInt(value: unknown, max: number): number | undefined {
  if (typeof value !== 'string' || !/^\d{1,4}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 && n <= max ? n : undefined;
}

function Present() {
  const search: Record<string, unknown> = useSearch({ strict: false });
  const navigate = useNavigate();
  const { filters } = useFilterState();
  const { locations, filtered } = useExplorerData(filters);
  const stats = useStats();
  const now = useMemo(() => new Date(), []);
  const spotlight = typeof search.spotlight === 'string' ? search.spotlight : undefined;
  const slides = useSlides({
    ecosystems: filtered,
    locations,
    stats,
    spotlight,
    now,
    filtered: activeFilterCount(filters) > 0,
  });
  const index = (positiveInt(search.slide, slides.length) ?? 1) - 1;
  const auto = positiveInt(search.auto, 3600);
  const kiosk = search.kiosk === '1';
  usePageTitle(`Present: ${slides[index]?.title ?? ''}`);

  const onIndexChange = useCallback(
    (next: number) =>
      void navigate({
        to: '.',
        search: (previous) => ({ ...previous, slide: next === 0 ? undefined : String(next + 1) }),
        replace: true,
      }),
    [navigate],
  );
  const onExit = useCallback(
    () => void navigate({ to: '/dashboard', search: serialiseFilters(filters) }),
    [navigate, filters],
  );
  return (
    <Presenter
      slides={slides}
      index={index}
      onIndexChange={onIndexChange}
      onExit={onExit}
      autoSeconds={auto}
      kiosk={kiosk}
    />
  );
}

export function PresentPage() {
  return (
    <div className="present-page">
      <QueryBoundary title="The figures could not be loaded" loadingLabel="Loading the figures…">
        <Present />
      </QueryBoundary>
    </div>
  );
}
