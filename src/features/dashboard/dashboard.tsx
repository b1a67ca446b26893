// The dashboard's charts and figures for the filters, with the contexts its chart cards read:
// what their images say about the filters, and the "Embed" slot the page gives.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useExplorerData } from '../../queries/explorer-data';
import { useStats } from '../../api/stats';
import { activeFilterCount, type Filters } from '../../domain/url-state';
import { useFilterSummary } from '../../ui/filter-summary';
import { ChartEmbedContext, type ChartEmbedSlot } from './chart-embed-context';
import { ChartImageContext } from './chart-image-context';
import { DashboardView } from './dashboard-view';

/** The network in numbers for the filters. */
export function Dashboard({
  filters,
  chartEmbed,
}: {
  filters: Filters;
  /** Each chart card's "Embed" (the page passes features/share's); none without it. */
  chartEmbed?: ChartEmbedSlot;
}) {
  const { locations, filtered } = useExplorerData(filters);
  const { t } = useTranslation();
  const stats = useStats();
  const filterSummary = useFilterSummary(filters, locations);
  const imageInfo = useMemo(
    () => ({ filters, filterSummary, asOf: stats.asOf }),
    [filters, filterSummary, stats.asOf],
  );
  return (
    <ChartImageContext value={imageInfo}>
      <ChartEmbedContext value={chartEmbed}>
        {/* On paper the filter menus are left out: the filters are written out instead. */}
        {filterSummary && (
          <p className="print-only">{t('images.filters', { filters: filterSummary })}</p>
        )}
        <DashboardView
          ecosystems={filtered}
          locations={locations}
          stats={stats}
          filtered={activeFilterCount(filters) > 0}
        />
      </ChartEmbedContext>
    </ChartImageContext>
  );
}
