import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { WorldRegion } from '../../../api/schemas';
import { REGION_LABELS } from '../../../domain/labels';
import { DataTable } from '../../../ui/data-table';
import { ChartCard } from '../chart-card';
import { AXIS_TICK, INITIAL_SIZE, SERIES } from './palette';

type Row = { region: WorldRegion; ecosystems: number };

/** The bars alone, for the dashboard card and the presenter slide. */
export function RegionBars({
  rows,
  height = 320,
  fontSize = 13,
}: {
  rows: readonly Row[];
  height?: number;
  fontSize?: number;
}) {
  const data = rows.map((row) => ({ ...row, label: REGION_LABELS[row.region] }));
  const tick = { ...AXIS_TICK, fontSize };
  return (
    <ResponsiveContainer
      width="100%"
      height={height}
      initialDimension={{ ...INITIAL_SIZE, height }}
    >
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={tick} />
        <YAxis tick={tick} allowDecimals={false} />
        <Tooltip />
        <Bar
          dataKey="ecosystems"
          name="Ecosystems"
          fill={SERIES.ecosystems}
          isAnimationActive={false}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}

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
