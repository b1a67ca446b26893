// The presenter's show for the filters: the slides built from the data, at the slide the URL
// asks for, handed to the presenter with the page's map, comparison and share button.
import { useCallback, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EcosystemSummary, Location } from '../../api/documents';
import { useExplorerData } from '../../queries/explorer-data';
import { useStats } from '../../api/stats';
import { activeFilterCount, type Filters, type PresentParams } from '../../domain/url-state';
import { usePageTitle } from '../../ui/page-title';
import { useNow, useSiteAddress } from '../../ui/use-client';
import { Presenter } from './presenter';
import { useSlides } from './use-slides';

/** The slides for the filters, at the slide the URL asks for. */
export function PresentShow({
  filters,
  params,
  onSlide,
  onExit,
  renderMap,
  compare,
  share,
}: {
  filters: Filters;
  params: PresentParams;
  onSlide: (index: number) => void;
  onExit: () => void;
  renderMap: (ecosystems: readonly EcosystemSummary[], locations: readonly Location[]) => ReactNode;
  /** The comparison slide, when the link chooses ecosystems to compare. */
  compare?: ReactNode;
  /** The share button among the controls ("Copy link"), given by the page. */
  share?: ReactNode;
}) {
  const { t } = useTranslation();
  const { locations, filtered } = useExplorerData(filters);
  const stats = useStats();
  const now = useNow(stats.generatedAt);
  const site = useSiteAddress();
  const map = useMemo(() => renderMap(filtered, locations), [renderMap, filtered, locations]);
  const mapOf = useCallback(
    (ecosystems: readonly EcosystemSummary[]) => renderMap(ecosystems, locations),
    [renderMap, locations],
  );
  const slides = useSlides({
    ecosystems: filtered,
    locations,
    stats,
    spotlight: params.spotlight,
    now,
    site,
    filtered: activeFilterCount(filters) > 0,
    map,
    mapOf,
    compare,
  });
  const index = Math.min(slides.length, params.slide ?? 1) - 1;
  usePageTitle(t('present.pageTitle', { title: slides[index]?.title ?? '' }));
  return (
    <Presenter
      slides={slides}
      index={index}
      onIndexChange={onSlide}
      onExit={onExit}
      autoSeconds={params.auto}
      kiosk={params.kiosk}
      share={share}
    />
  );
}
