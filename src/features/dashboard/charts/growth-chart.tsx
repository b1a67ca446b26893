import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { DataTable } from '../../../ui/data-table';
import { ChartCard } from '../chart-card';
import { AXIS_TICK, INITIAL_SIZE, SERIES } from './palette';

type Row = { year: number; ecosystems: number; memberOrganisations: number };

/** The lines alone, for the dashboard card and the presenter slide. */
export function GrowthLines({
  rows,
  height = 320,
  fontSize = 13,
}: {
  rows: readonly Row[];
  height?: number;
  fontSize?: number;
}) {
  const tick = { ...AXIS_TICK, fontSize };
  return (
    <ResponsiveContainer
      width="100%"
      height={height}
      initialDimension={{ ...INITIAL_SIZE, height }}
    >
      <LineChart data={[...rows]} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="year" tick={tick} />
        <YAxis yAxisId="ecosystems" tick={tick} allowDecimals={false} />
        <YAxis yAxisId="members" orientation="right" tick={tick} allowDecimals={false} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize }} />
        <Line
          yAxisId="ecosystems"
          dataKey="ecosystems"
          name="Ecosystems (cumulative)"
          stroke={SERIES.ecosystems}
          strokeWidth={3}
          dot={false}
          isAnimationActive={false}
        />
        <Line
          yAxisId="members"
          dataKey="memberOrganisations"
          name="Member organisations (cumulative)"
          stroke={SERIES.members}
          strokeWidth={3}
          strokeDasharray="6 3"
          dot={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}

export function GrowthChart({ rows }: { rows: readonly Row[] }) {
  const first = rows[0];
  const last = rows[rows.length - 1];
  return (
    <ChartCard
      title="Growth of the network by year"
      takeaway={
        first && last
          ? `From ${first.ecosystems} ecosystem${first.ecosystems === 1 ? '' : 's'} in ${first.year} to ${last.ecosystems} in ${last.year}.`
          : 'No ecosystems match these filters.'
      }
      chart={<GrowthLines rows={rows} />}
      table={
        <DataTable
          caption="Cumulative ecosystems and member organisations by launch year"
          columns={[
            { key: 'year', label: 'Year' },
            { key: 'ecosystems', label: 'Ecosystems', numeric: true },
            { key: 'memberOrganisations', label: 'Member organisations', numeric: true },
          ]}
          rows={rows}
        />
      }
    />
  );
}
