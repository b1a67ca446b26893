import { useTranslation } from 'react-i18next';
import type { GrowthPoint } from '../../../domain/stats';
import { useFormat } from '../../../i18n/format';
import { growthTakeaway } from '../../../ui/charts/growth-takeaway';
import { LazyGrowthLines as GrowthLines } from '../../../ui/charts/lazy-charts';
import { DataTable } from '../../../ui/data-table';
import { ChartCard } from '../chart-card';

export function GrowthChart({
  rows,
  undated,
  total,
}: {
  rows: readonly GrowthPoint[];
  undated: number;
  total: number;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const count = (value: number | undefined) => (value === undefined ? '–' : format.count(value));
  return (
    <ChartCard
      embed="growth"
      title={t('dashboard.growth.title')}
      takeaway={growthTakeaway(rows, undated, total, t)}
      chart={<GrowthLines rows={rows} />}
      table={
        <DataTable
          caption={t('dashboard.growth.caption')}
          columns={[
            { key: 'year', label: t('dashboard.growth.year') },
            {
              key: 'records',
              label: t('dashboard.growth.records'),
              numeric: true,
              format: count,
            },
            {
              key: 'network',
              label: t('dashboard.growth.network'),
              numeric: true,
              format: count,
            },
          ]}
          rows={rows}
        />
      }
    />
  );
}
