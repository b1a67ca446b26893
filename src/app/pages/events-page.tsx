// Sourced gatherings, filtered by the same location and region parameters as the map.
import { useTranslation } from 'react-i18next';
import { EventDownloads } from '../../features/downloads/event-downloads';
import { GatheringCorrection } from '../../features/corrections/gathering-correction';
import { EventsExplorer } from '../../features/events/events-explorer';
import { FilterNotice } from '../../ui/filter-notice';
import { usePageTitle } from '../../ui/page-title';
import { QueryBoundary } from '../../queries/query-boundary';
import { useFilterState } from '../route-state';

export function EventsPage() {
  const { t } = useTranslation();
  usePageTitle(t('pages.events.title'));
  const { filters, setFilters, notice, dismissNotice } = useFilterState();
  return (
    <div className="page page--wide">
      <h1 id="page-title">{t('pages.events.title')}</h1>
      <p className="lead">{t('pages.events.lead')}</p>
      <FilterNotice dropped={notice} onDismiss={dismissNotice} />
      <QueryBoundary
        title={t('pages.load.gatheringsFailed')}
        loadingLabel={t('pages.load.gatheringsLoading')}
      >
        <EventsExplorer
          filters={filters}
          onChange={setFilters}
          actions={<EventDownloads filters={filters} />}
        />
        <GatheringCorrection />
      </QueryBoundary>
    </div>
  );
}
