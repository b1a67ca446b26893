// The network in numbers: figures and charts for the same filters as the map.
import { Link } from '@tanstack/react-router';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { serialiseFilters } from '../../domain/url-state';
import type { ChartRef } from '../../features/dashboard/chart-entry';
import { Dashboard } from '../../features/dashboard/dashboard';
import { EcosystemDownloads } from '../../features/downloads/ecosystem-downloads';
import { FilterToolbar } from '../../features/filters/filter-toolbar';
import { ChartEmbedButton } from '../../features/share/chart-embed-button';
import { usePageTitle } from '../../ui/page-title';
import { QueryBoundary } from '../../queries/query-boundary';
import { useFilterState } from '../route-state';

export function DashboardPage() {
  const { t } = useTranslation();
  usePageTitle(t('pages.dashboard.title'));
  const { filters, setFilters, notice, dismissNotice } = useFilterState();
  const search = serialiseFilters(filters);
  const chartEmbed = useCallback(
    (chart: ChartRef) => (
      <ChartEmbedButton
        name={chart.name}
        title={(chartT) => chartT(chart.titleKey)}
        filters={filters}
      />
    ),
    [filters],
  );
  return (
    <div className="page page--wide">
      <h1 id="page-title">{t('pages.dashboard.title')}</h1>
      <QueryBoundary
        title={t('pages.load.figuresFailed')}
        loadingLabel={t('pages.load.figuresLoading')}
      >
        <FilterToolbar
          filters={filters}
          onChange={setFilters}
          dropped={notice}
          onDismiss={dismissNotice}
        >
          <Link to="/" search={search} className="button">
            {t('pages.dashboard.viewOnMap')}
          </Link>
          <Link to="/present" search={search} className="button button--quiet">
            {t('pages.dashboard.present')}
          </Link>
          <EcosystemDownloads filters={filters} />
        </FilterToolbar>
        <Dashboard filters={filters} chartEmbed={chartEmbed} />
      </QueryBoundary>
    </div>
  );
}
