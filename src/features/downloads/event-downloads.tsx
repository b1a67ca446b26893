// CSV of the gatherings listed: the same location and region filters as the events page.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEcosystems } from '../../api/ecosystems';
import { useEvents } from '../../api/events';
import { useLocations } from '../../api/locations';
import { eventFilters, filterEvents } from '../../domain/events';
import { exportFileStem } from '../../domain/export-file-name';
import type { Filters } from '../../domain/url-state';
import { DownloadMenu } from '../../ui/download-menu';
import { byId, fieldById, placesOf } from '../../domain/lookup';

const loadCsv = () => import('../../domain/csv');

export function EventDownloads({ filters }: { filters: Filters }) {
  const { t } = useTranslation();
  const { events } = useEvents();
  const { ecosystems } = useEcosystems();
  const { locations } = useLocations();
  const { shown, context } = useMemo(() => {
    const names = fieldById(ecosystems, 'name');
    return {
      shown: filterEvents(events, filters, placesOf(ecosystems, locations)),
      context: {
        locationsById: byId(locations),
        nameOf: (id: string) => names.get(id),
      },
    };
  }, [events, ecosystems, locations, filters]);
  // Only the filters that apply to gatherings name the file.
  const stem = exportFileStem(eventFilters(filters));
  return (
    <DownloadMenu
      label={t('downloads.menu')}
      description={t('downloads.events', { count: shown.length })}
      items={[
        {
          label: t('downloads.csv'),
          fileName: `events-${stem}.csv`,
          mediaType: 'text/csv;charset=utf-8',
          build: async () => (await loadCsv()).eventsCsv(shown, context),
        },
      ]}
      onOpen={() => void loadCsv().catch(() => undefined)}
    />
  );
}
