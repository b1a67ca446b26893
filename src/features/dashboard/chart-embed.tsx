import { useTranslation } from 'react-i18next';
import { useExplorerData } from '../../queries/explorer-data';
import { useStats } from '../../api/stats';
import { publishedEcosystemCounts } from '../../domain/headline';
import { activeFilterCount, serialiseFilters, type Filters } from '../../domain/url-state';
import { useFigureWords } from '../../i18n/figure-words';
import { useFormat } from '../../i18n/format';
import { describeFilters } from '../../ui/embed-title';
import { ExternalLink } from '../../ui/external-link';
import { usePlaceNamesById } from '../../i18n/use-place-names';
import type { ChartEntry } from './chart-entry';
import './chart-embed.css';

/**
 * A dashboard chart alone for other sites (/embed/chart/<name>): its title and takeaway, the
 * filters it shows, where its figures come from and their date, and a link to the dashboard.
 */
export function ChartEmbed({
  chart,
  filters,
  atlasHref,
}: {
  chart: ChartEntry;
  filters: Filters;
  /** The dashboard's address for these filters: the page knows how URLs are written. */
  atlasHref: (search: ReturnType<typeof serialiseFilters>) => string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const words = useFigureWords();
  const { locations, filtered } = useExplorerData(filters);
  const stats = useStats();
  const isFiltered = activeFilterCount(filters) > 0;
  const summary = describeFilters(filters, locations, t);
  const labels = usePlaceNamesById(locations);
  const network = chart.networkCounts && !isFiltered ? publishedEcosystemCounts(stats.network) : [];
  const source =
    chart.source === 'published'
      ? t('embed.chart.members')
      : t('embed.chart.records', { app: t('app.name') });
  return (
    <div className="chart-embed">
      {chart.render({
        ecosystems: filtered,
        locations,
        stats,
        filtered: isFiltered,
        labelOf: (id) => labels.get(id) ?? id,
      })}
      <footer className="chart-embed__source">
        {summary && <p>{t('embed.chart.filters', { filters: summary })}</p>}
        <p>
          {source} {t('embed.chart.asOf', { date: format.partialDate(stats.asOf) })}
        </p>
        {network.length > 0 && (
          <p>
            {t('embed.chart.network')}{' '}
            {network.map((figure, index) => (
              <span key={figure.id}>
                {index > 0 && '; '}
                {words.published(figure)} ({format.partialDate(figure.asOf)}):{' '}
                <ExternalLink href={figure.source.url}>{figure.source.title}</ExternalLink>
              </span>
            ))}
          </p>
        )}
        <p>
          <a href={atlasHref(serialiseFilters(filters))} target="_blank" rel="noopener">
            {t('map.embed.open', { app: t('app.name') })}
            <span className="visually-hidden"> {t('common.newTab')}</span>
          </a>
        </p>
      </footer>
    </div>
  );
}
