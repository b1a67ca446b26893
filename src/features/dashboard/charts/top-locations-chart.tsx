import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import { DataTable } from '../../../ui/data-table';
import { ChartCard } from '../chart-card';
import { LazyHorizontalBars as HorizontalBars } from '../../../ui/charts/lazy-charts';
import { SERIES } from '../../../ui/charts/palette';

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
  const data = rows.map((row) => ({ label: labelOf(row.locationId), value: row.ecosystems }));
  const first = data[0];
  return (
    <ChartCard
      embed="top-locations"
      title={t('dashboard.top.title')}
      takeaway={
        first
          ? t('dashboard.top.takeaway', { location: first.label, value: first.value })
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
