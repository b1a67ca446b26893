import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import { capitalise } from '../../../i18n/place-names';
import { useCollation } from '../../../i18n/use-place-names';
import { DataTable } from '../../../ui/data-table';
import { ChartCard } from '../chart-card';
import { LazyHorizontalBars as HorizontalBars } from '../../../ui/charts/lazy-charts';
import { SERIES } from '../../../ui/charts/palette';
import { topLocations } from '../../../domain/stats';
import type { ChartEntry } from '../chart-entry';

type Row = { locationId: string; ecosystems: number };

export function TopLocationsChart({
  rows,
  labelOf,
}: {
  rows: readonly Row[];
  labelOf: (locationId: string) => string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const collation = useCollation();
  // Most ecosystems first; a tie in the visitor's alphabetical order.
  const data = rows
    .map((row) => ({ label: labelOf(row.locationId), value: row.ecosystems }))
    .sort((a, b) => b.value - a.value || collation.compare(a.label, b.label));
  const first = data[0];
  return (
    <ChartCard
      embed={topLocationsChart}
      title={t(topLocationsChart.titleKey)}
      takeaway={
        first
          ? capitalise(
              t('dashboard.top.takeaway', { location: first.label, value: first.value }),
              format.locale,
            )
          : t('dashboard.top.none')
      }
      chart={
        <HorizontalBars data={data} name={t('dashboard.top.series')} color={SERIES.ecosystems} />
      }
      table={
        <DataTable
          caption={t('dashboard.top.caption')}
          columns={[
            { key: 'label', label: t('dashboard.top.location') },
            {
              key: 'value',
              label: t('dashboard.top.ecosystems'),
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

export const topLocationsChart = {
  name: 'top-locations',
  titleKey: 'dashboard.top.title',
  source: 'records',
  render: ({ ecosystems, locations, labelOf }) => (
    <TopLocationsChart rows={topLocations(ecosystems, locations, 10)} labelOf={labelOf} />
  ),
} as const satisfies ChartEntry;
