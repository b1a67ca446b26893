import { DataTable } from '../../../ui/data-table';
import { ChartCard } from '../chart-card';
import { HorizontalBars } from '../../../ui/charts/horizontal-bars';
import { SERIES } from '../../../ui/charts/palette';

type Row = { locationId: string; ecosystems: number };

export function TopLocationsChart({
  rows,
  labelOf,
}: {
  rows: readonly Row[];
  labelOf: (locationId: string) => string;
}) {
  const data = rows.map((row) => ({ label: labelOf(row.locationId), value: row.ecosystems }));
  const first = data[0];
  return (
    <ChartCard
      title="Locations with the most ecosystems"
      takeaway={
        first
          ? `${first.label} has the most ecosystems in the atlas: ${first.value}.`
          : 'No ecosystems match these filters.'
      }
      chart={<HorizontalBars data={data} name="Ecosystems" color={SERIES.ecosystems} />}
      table={
        <DataTable
          caption="Locations with the most ecosystems in the atlas"
          columns={[
            { key: 'label', label: 'Location' },
            { key: 'value', label: 'Ecosystems', numeric: true },
          ]}
          rows={data}
        />
      }
    />
  );
}
