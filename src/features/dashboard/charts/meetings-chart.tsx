import type { Tally } from '../../../domain/stats';
import { DataTable } from '../../../ui/data-table';
import { ChartCard } from '../chart-card';
import { HorizontalBars } from './horizontal-bars';
import { SERIES } from './palette';

type Row = Tally & { locationId: string };

/** Bars drawn; the table lists every location. */
const TOP = 12;

export function MeetingsChart({
  rows,
  labelOf,
}: {
  rows: readonly Row[];
  labelOf: (locationId: string) => string;
}) {
  const data = rows
    .map((row) => ({
      label: labelOf(row.locationId),
      value: row.meetingsPerYear,
      ecosystems: row.ecosystems,
    }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
  const total = data.reduce((sum, row) => sum + row.value, 0);
  const first = data[0];
  return (
    <ChartCard
      title="Ecosystem meetings per year by location"
      takeaway={
        first
          ? `${total} meetings a year in all; the most in ${first.label} (${first.value}).` +
            (data.length > TOP ? ` Top ${TOP} shown; the table lists all ${data.length}.` : '')
          : 'No ecosystems match these filters.'
      }
      chart={
        <HorizontalBars
          data={data.slice(0, TOP)}
          name="Meetings per year"
          color={SERIES.meetings}
        />
      }
      table={
        <DataTable
          caption="Ecosystem meetings per year by location"
          columns={[
            { key: 'label', label: 'Location' },
            { key: 'value', label: 'Meetings per year', numeric: true },
            { key: 'ecosystems', label: 'Ecosystems', numeric: true },
          ]}
          rows={data}
        />
      }
    />
  );
}
