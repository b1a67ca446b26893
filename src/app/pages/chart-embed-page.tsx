// One dashboard chart for other sites to frame: /embed/chart/<name>, with the dashboard's filter
// parameters, in any language (/da/embed/chart/<name>). An unknown name says so inside the frame.
import { useParams } from '@tanstack/react-router';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartEmbed } from '../../features/dashboard/chart-embed';
import { CHART_NAMES, chartNamed } from '../../features/dashboard/charts';
import { languageBase } from '../../i18n/languages';
import { usePageTitle } from '../../ui/page-title';
import { QueryBoundary } from '../../queries/query-boundary';
import { useFilterState } from '../route-state';
import { stringifySearch } from '../search';
import '../../features/dashboard/chart-embed.css';

export function ChartEmbedPage() {
  const { t, i18n } = useTranslation();
  const params: { name?: string } = useParams({ strict: false });
  const chart = chartNamed(params.name);
  usePageTitle(chart ? t(chart.titleKey) : t('embed.chart.notFoundTitle'));
  const { filters } = useFilterState();
  const atlasHref = useCallback(
    (search: Record<string, string | undefined>) =>
      `${languageBase(i18n.language)}dashboard${stringifySearch(search)}`,
    [i18n.language],
  );
  if (!chart) {
    const asked = params.name ?? '';
    return (
      <section className="chart-embed chart-embed--missing" aria-labelledby="page-title">
        <h1 id="page-title">{t('embed.chart.notFoundTitle')}</h1>
        <p>
          {t('embed.chart.notFound', {
            name: asked.length > 60 ? `${asked.slice(0, 60)}…` : asked,
            names: CHART_NAMES.join(', '),
          })}
        </p>
      </section>
    );
  }
  return (
    <div className="chart-embed-page">
      <h1 className="visually-hidden">{t('app.name')}</h1>
      <QueryBoundary
        title={t('pages.load.figuresFailed')}
        loadingLabel={t('pages.load.figuresLoading')}
      >
        <ChartEmbed chart={chart} filters={filters} atlasHref={atlasHref} />
      </QueryBoundary>
    </div>
  );
}
