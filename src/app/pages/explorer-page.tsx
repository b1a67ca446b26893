// The map explorer: filters | map | list, siblings that read the same filtered set. The map
// sits outside the data's loading boundary, so the basemap draws while the ecosystems load.
import { usePrefetchQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ecosystemsQuery } from '../../api/ecosystems';
import { locationsQuery } from '../../api/locations';
import { EcosystemDownloads } from '../../features/downloads/ecosystem-downloads';
import { Results } from '../../features/ecosystems/results';
import { SelectedCard } from '../../features/ecosystems/selected-card';
import { ExplorerFilters } from '../../features/filters/explorer-filters';
import { ExplorerMap } from '../../features/map/explorer-map';
import { EmbedMapButton } from '../../features/share/embed-map-button';
import { usePageTitle } from '../../ui/page-title';
import { QueryBoundary } from '../../queries/query-boundary';
import { RegionBoundary } from '../../ui/region-boundary';
import { useFilterState, useSelection } from '../route-state';
import './explorer-page.css';

export function ExplorerPage() {
  const { t } = useTranslation();
  usePageTitle(undefined);
  // Both documents are asked for at once, not one after the other.
  usePrefetchQuery(locationsQuery());
  usePrefetchQuery(ecosystemsQuery());
  const { filters, setFilters, notice, dismissNotice } = useFilterState();
  const { selectedId, select } = useSelection();
  return (
    <div className="explorer-page">
      <h1 className="visually-hidden">{t('explorer.heading')}</h1>
      <div className="explorer">
        <QueryBoundary
          title={t('pages.load.ecosystemsFailed')}
          loadingLabel={t('pages.load.ecosystemsLoading')}
          className="explorer__status"
        >
          <ExplorerFilters
            filters={filters}
            onChange={setFilters}
            dropped={notice}
            onDismiss={dismissNotice}
          />
        </QueryBoundary>
        <section className="explorer__map" aria-label={t('explorer.map')}>
          <ExplorerMap filters={filters} selectedId={selectedId} onSelect={select} />
          <RegionBoundary title={t('explorer.selectedFailed')}>
            <SelectedCard
              filters={filters}
              selectedId={selectedId}
              onClose={() => select(undefined)}
            />
          </RegionBoundary>
        </section>
        <Results
          filters={filters}
          selectedId={selectedId}
          onSelect={select}
          actions={
            <>
              <EcosystemDownloads filters={filters} />
              <EmbedMapButton filters={filters} />
            </>
          }
        />
      </div>
    </div>
  );
}
