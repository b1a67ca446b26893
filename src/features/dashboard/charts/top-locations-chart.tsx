import type { Tally } from '../../../domain/stats';
import { DataTable } from '../../../ui/data-table';
import { ChartCard } from '../chart-card';
import { HorizontalBars } from './horizontal-bars';
import { SERIES } from './palette';

type Row = Tally & { locationId: string };

export function TopLocationsChart({
  rows,
  labelOf,
}: {
  rows: readonly Row[];
  labelOf: (locationId: string) => string;
}) {
  const data = rows.map((row) => ({
    label: labelOf(row.locationId),
    value: row.memberOrganisations,
    ecosystems: row.ecosystems,
  }));
  const first = data[0];
  return (
    <ChartCard
      title="Top locations by member organisations"
      takeaway={
        first
          ? `${first.label} has the most member organisations: ${first.value}.`
          : 'No ecosystems match these filters.'
      }
      chart={<HorizontalBars data={data} name="Member organisations" color={SERIES.members} />}
      table={
        <DataTable
          caption="Top locations by member organisations"
          columns={[
            { key: 'label', label: 'Location' },
            { key: 'value', label: 'Member organisations', numeric: true },
            { key: 'ecosystems', label: 'Ecosystems', numeric: true },
          ]}
          rows={data}
        />
      }
    />
  );
}
