import { useTranslation } from 'react-i18next';
import { publishedEcosystemCounts } from '../../../domain/headline';
import { growthByYear, growthSeries, type GrowthPoint } from '../../../domain/stats';
import { useFormat } from '../../../i18n/format';
import { growthTakeaway } from '../../../ui/charts/growth-takeaway';
import { LazyGrowthLines as GrowthLines } from '../../../ui/charts/lazy-charts';
import { DataTable } from '../../../ui/data-table';
import { ChartCard } from '../chart-card';
import type { ChartEntry } from '../chart-entry';

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
      embed={growthChart}
      title={t(growthChart.titleKey)}
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

export const growthChart = {
  name: 'growth',
  titleKey: 'dashboard.growth.title',
  source: 'records',
  networkCounts: true,
  render: ({ ecosystems, stats, filtered }) => {
    const growth = growthByYear(ecosystems);
    // The network's own counts describe the whole network: not beside a filtered set.
    const published = filtered ? [] : publishedEcosystemCounts(stats.network);
    return (
      <GrowthChart
        rows={growthSeries(growth, published)}
        undated={growth.undated}
        total={ecosystems.length}
      />
    );
  },
} as const satisfies ChartEntry;
