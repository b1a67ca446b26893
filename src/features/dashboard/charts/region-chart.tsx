import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { WorldRegion } from '../../../api/schemas';
import { REGION_LABELS } from '../../../domain/labels';
import type { Tally } from '../../../domain/stats';
import { DataTable } from '../../../ui/data-table';
import { ChartCard } from '../chart-card';
import { AXIS_TICK, INITIAL_SIZE, SERIES } from './palette';

type Row = Tally & { region: WorldRegion };

export function RegionChart({ rows }: { rows: readonly Row[] }) {
  const data = rows.map((row) => ({ ...row, label: REGION_LABELS[row.region] }));
  const total = rows.reduce((sum, row) => sum + row.ecosystems, 0);
  const first = [...rows].sort((a, b) => b.ecosystems - a.ecosystems)[0];
  const takeaway = first
    ? `${REGION_LABELS[first.region]} holds ${first.ecosystems} of the ${total} ecosystems.`
    : 'No ecosystems match these filters.';
  return (
    <ChartCard
      title="Ecosystems and member organisations by world region"
      takeaway={takeaway}
      chart={
        <ResponsiveContainer width="100%" height={320} initialDimension={INITIAL_SIZE}>
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={AXIS_TICK} />
            <YAxis yAxisId="ecosystems" tick={AXIS_TICK} allowDecimals={false} />
            <YAxis yAxisId="members" orientation="right" tick={AXIS_TICK} allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Bar
              yAxisId="ecosystems"
              dataKey="ecosystems"
              name="Ecosystems"
              fill={SERIES.ecosystems}
              isAnimationActive={false}
            />
            <Bar
              yAxisId="members"
              dataKey="memberOrganisations"
              name="Member organisations"
              fill={SERIES.members}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <DataTable
          caption="Ecosystems and member organisations by world region"
          columns={[
            { key: 'label', label: 'World region' },
            { key: 'ecosystems', label: 'Ecosystems', numeric: true },
            { key: 'memberOrganisations', label: 'Member organisations', numeric: true },
          ]}
          rows={data}
        />
      }
    />
  );
}
