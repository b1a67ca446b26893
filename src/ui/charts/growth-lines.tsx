import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { GrowthPoint } from '../../domain/stats';
import { AXIS_TICK, INITIAL_SIZE, SERIES } from './palette';

/** The line and points alone, for the dashboard card and the presenter slide. */
export function GrowthLines({
  rows,
  height = 320,
  fontSize = 13,
}: {
  rows: readonly GrowthPoint[];
  height?: number;
  fontSize?: number;
}) {
  const tick = { ...AXIS_TICK, fontSize };
  const hasNetwork = rows.some((row) => row.network !== undefined);
  return (
    <ResponsiveContainer
      width="100%"
      height={height}
      initialDimension={{ ...INITIAL_SIZE, height }}
    >
      <ComposedChart data={[...rows]} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="year"
          type="number"
          domain={['dataMin', 'dataMax']}
          tick={tick}
          allowDecimals={false}
        />
        <YAxis tick={tick} allowDecimals={false} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize }} />
        <Line
          dataKey="records"
          name="Atlas records with a published joining year (cumulative)"
          stroke={SERIES.ecosystems}
          strokeWidth={3}
          connectNulls
          dot
          isAnimationActive={false}
        />
        {hasNetwork && (
          <Scatter
            dataKey="network"
            name="Ecosystems, as the network published"
            fill={SERIES.members}
            shape="diamond"
            isAnimationActive={false}
          />
        )}
      </ComposedChart>
    </ResponsiveContainer>
  );
}

/** Takeaway for the growth chart: what the records show and what they leave out. */
export function growthTakeaway(
  rows: readonly GrowthPoint[],
  undated: number,
  total: number,
): string {
  const dated = total - undated;
  if (total === 0) return 'No ecosystems match these filters.';
  const network = rows.filter((row) => row.network !== undefined);
  const last = network[network.length - 1];
  const records = `${dated} of ${total} ecosystems have a published year of joining the network; ${undated} have none, so the line undercounts.`;
  return last
    ? `${records} The network itself reported ${last.network} or more in ${last.year}.`
    : records;
}
