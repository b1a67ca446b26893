import type { WorldRegion } from '../../../api/schemas';
import { REGION_LABELS } from '../../../domain/labels';
import { RegionBars } from '../../../ui/charts/region-bars';
import { DataTable } from '../../../ui/data-table';
import { ChartCard } from '../chart-card';

type Row = { region: WorldRegion; ecosystems: number };

export function RegionChart({ rows }: { rows: readonly Row[] }) {
  const data = rows.map((row) => ({ ...row, label: REGION_LABELS[row.region] }));
  const total = rows.reduce((sum, row) => sum + row.ecosystems, 0);
  const first = [...rows].sort((a, b) => b.ecosystems - a.ecosystems)[0];
  const takeaway = first
    ? `${REGION_LABELS[first.region]} holds ${first.ecosystems} of the ${total} ecosystems.`
    : 'No ecosystems match these filters.';
  return (
    <ChartCard
      title="Ecosystems by world region"
      takeaway={takeaway}
      chart={<RegionBars rows={rows} />}
      table={
        <DataTable
          caption="Ecosystems in the atlas by world region"
          columns={[
            { key: 'label', label: 'World region' },
            { key: 'ecosystems', label: 'Ecosystems', numeric: true },
          ]}
          rows={data}
        />
      }
    />
  );
}
