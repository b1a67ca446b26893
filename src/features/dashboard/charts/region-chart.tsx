import { useTranslation } from 'react-i18next';
import type { WorldRegion } from '../../../api/schemas';
import { useFormat } from '../../../i18n/format';
import { LazyRegionBars as RegionBars } from '../../../ui/charts/lazy-charts';
import { DataTable } from '../../../ui/data-table';
import { ChartCard } from '../chart-card';
import { tallyByRegion } from '../../../domain/stats';
import type { ChartEntry } from '../chart-entry';

type Row = { region: WorldRegion; ecosystems: number };

export function RegionChart({ rows }: { rows: readonly Row[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const data = rows.map((row) => ({
    label: t(`labels.region.${row.region}`),
    ecosystems: row.ecosystems,
  }));
  const total = rows.reduce((sum, row) => sum + row.ecosystems, 0);
  const first = [...rows].sort((a, b) => b.ecosystems - a.ecosystems)[0];
  const takeaway = first
    ? t('dashboard.region.takeaway', {
        region: t(`labels.region.${first.region}`),
        ecosystems: first.ecosystems,
        total,
      })
    : t('dashboard.region.none');
  return (
    <ChartCard
      embed={regionsChart}
      title={t(regionsChart.titleKey)}
      takeaway={takeaway}
      chart={<RegionBars rows={rows} />}
      table={
        <DataTable
          caption={t('dashboard.region.caption')}
          columns={[
            { key: 'label', label: t('dashboard.region.region') },
            {
              key: 'ecosystems',
              label: t('dashboard.region.ecosystems'),
              numeric: true,
              format: (value) => (typeof value === 'number' ? format.count(value) : value),
            },
          ]}
          rows={data}
        />
      }
    />
  );
}

export const regionsChart = {
  name: 'regions',
  titleKey: 'dashboard.region.title',
  source: 'records',
  render: ({ ecosystems, locations }) => (
    <RegionChart rows={tallyByRegion(ecosystems, locations)} />
  ),
} as const satisfies ChartEntry;
