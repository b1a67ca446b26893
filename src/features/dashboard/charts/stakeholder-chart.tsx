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
import { type StakeholderKind, type WorldRegion } from '../../../api/schemas';
import { STAKEHOLDER_KINDS } from '../../../api/vocabulary';
import { REGION_LABELS, STAKEHOLDER_LABELS } from '../../../domain/labels';
import { DataTable, type Column } from '../../../ui/data-table';
import { ChartCard } from '../chart-card';
import { AXIS_TICK, INITIAL_SIZE, PALETTE } from './palette';

type Row = { region: WorldRegion } & Record<StakeholderKind, number>;
type LabelledRow = Row & { label: string };

export function StakeholderChart({ rows }: { rows: readonly Row[] }) {
  const data: LabelledRow[] = rows.map((row) => ({ ...row, label: REGION_LABELS[row.region] }));
  const totals = STAKEHOLDER_KINDS.map((kind) => ({
    kind,
    total: rows.reduce((sum, row) => sum + row[kind], 0),
  }));
  const largest = [...totals].sort((a, b) => b.total - a.total)[0];
  const columns: Column<LabelledRow>[] = [
    { key: 'label', label: 'World region' },
    ...STAKEHOLDER_KINDS.map((kind) => ({
      key: kind,
      label: STAKEHOLDER_LABELS[kind],
      numeric: true,
    })),
  ];
  return (
    <ChartCard
      title="The stakeholder mix across the network"
      takeaway={
        largest && largest.total > 0
          ? `${STAKEHOLDER_LABELS[largest.kind]} are the largest group: ${largest.total} organisations.`
          : 'No stakeholder figures for these filters.'
      }
      chart={
        <ResponsiveContainer
          width="100%"
          height={340}
          initialDimension={{ ...INITIAL_SIZE, height: 340 }}
        >
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={AXIS_TICK} />
            <YAxis tick={AXIS_TICK} allowDecimals={false} />
            <Tooltip />
            <Legend />
            {STAKEHOLDER_KINDS.map((kind, index) => (
              <Bar
                key={kind}
                dataKey={kind}
                name={STAKEHOLDER_LABELS[kind]}
                stackId="mix"
                fill={PALETTE[index % PALETTE.length]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <DataTable
          caption="Member organisations by kind of stakeholder and world region"
          columns={columns}
          rows={data}
        />
      }
    />
  );
}
