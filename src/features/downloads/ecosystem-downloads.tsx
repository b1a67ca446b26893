// CSV and GeoJSON of the ecosystems on screen: the same filtered set as the map and the list.
import { useTranslation } from 'react-i18next';
import { useExplorerDataIfLoaded } from '../../queries/explorer-data';
import type { EcosystemExportContext } from '../../domain/ecosystem-record';
import { exportFileStem } from '../../domain/export-file-name';
import type { Filters } from '../../domain/url-state';
import { DownloadMenu, type DownloadItem } from '../../ui/download-menu';
import { atlasUrl } from './atlas-url';

const loadCsv = () => import('../../domain/csv');
const loadGeoJson = () => import('../../domain/geojson-export');

export function EcosystemDownloads({ filters }: { filters: Filters }) {
  const { t } = useTranslation();
  const data = useExplorerDataIfLoaded(filters);
  if (!data) return null;
  const { filtered, locationsById } = data;
  const context: EcosystemExportContext = { locationsById, atlasUrl };
  const stem = `ecosystems-${exportFileStem(filters)}`;
  const items: DownloadItem[] = [
    {
      label: t('downloads.csv'),
      fileName: `${stem}.csv`,
      mediaType: 'text/csv;charset=utf-8',
      build: async () => (await loadCsv()).ecosystemsCsv(filtered, context),
    },
    {
      label: t('downloads.geojson'),
      fileName: `${stem}.geojson`,
      mediaType: 'application/geo+json',
      build: async () => {
        const { ecosystemsGeoJson, geoJsonText } = await loadGeoJson();
        return geoJsonText(ecosystemsGeoJson(filtered, context));
      },
    },
  ];
  return (
    <DownloadMenu
      label={t('downloads.menu')}
      description={t('downloads.ecosystems', { count: filtered.length })}
      items={items}
      onOpen={() => void Promise.all([loadCsv(), loadGeoJson()]).catch(() => undefined)}
    />
  );
}
