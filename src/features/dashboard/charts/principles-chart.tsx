import type { PrincipleId } from '../../../api/schemas';
import { PRINCIPLE_LABELS } from '../../../domain/labels';
import { DataTable } from '../../../ui/data-table';
import { ChartCard } from '../chart-card';
import { HorizontalBars } from './horizontal-bars';
import { SERIES } from './palette';

export function PrinciplesChart({
  rows,
  total,
  meetingAll,
}: {
  rows: readonly { principle: PrincipleId; ecosystems: number }[];
  total: number;
  meetingAll: number;
}) {
  const data = rows.map((row) => ({
    label: PRINCIPLE_LABELS[row.principle],
    value: row.ecosystems,
  }));
  return (
    <ChartCard
      title="Ecosystems meeting each of the nine principles"
      takeaway={`${meetingAll} of ${total} ecosystems meet all nine principles.`}
      chart={
        <HorizontalBars data={data} name="Ecosystems" color={SERIES.ecosystems} labelWidth={260} />
      }
      table={
        <DataTable
          caption="Ecosystems meeting each principle"
          columns={[
            { key: 'label', label: 'Principle' },
            { key: 'value', label: 'Ecosystems', numeric: true },
          ]}
          rows={data}
        />
      }
    />
  );
}
