import { useTranslation } from 'react-i18next';
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
import { useFormat } from '../../i18n/format';
import { AXIS_TICK, formatValue, INITIAL_SIZE, SERIES } from './palette';

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
  const { t } = useTranslation();
  const format = useFormat();
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
        <YAxis tick={tick} allowDecimals={false} tickFormatter={format.count} />
        <Tooltip formatter={formatValue(format.count)} />
        <Legend wrapperStyle={{ fontSize }} />
        <Line
          dataKey="records"
          name={t('charts.growth.records')}
          stroke={SERIES.ecosystems}
          strokeWidth={3}
          connectNulls
          dot
          isAnimationActive={false}
        />
        {hasNetwork && (
          <Scatter
            dataKey="network"
            name={t('charts.growth.network')}
            fill={SERIES.members}
            shape="diamond"
            isAnimationActive={false}
          />
        )}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
