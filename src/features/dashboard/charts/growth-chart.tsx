import type { GrowthPoint } from '../../../domain/stats';
import { GrowthLines, growthTakeaway } from '../../../ui/charts/growth-lines';
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
  return (
    <ChartCard
      title="Growth of the network by year"
      takeaway={growthTakeaway(rows, undated, total)}
      chart={<GrowthLines rows={rows} />}
      table={
        <DataTable
          caption="Ecosystems by year: atlas records with a published joining year (cumulative), and the network's own published counts"
          columns={[
            { key: 'year', label: 'Year' },
            { key: 'records', label: 'Atlas records (cumulative)', numeric: true },
            { key: 'network', label: 'Published by the network', numeric: true },
          ]}
          rows={rows}
        />
      }
    />
  );
}
