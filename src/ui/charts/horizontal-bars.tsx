import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormat } from '../../i18n/format';
import { AXIS_TICK, CHART_HEIGHT, formatValue, INITIAL_SIZE } from './palette';

export interface LabelledValue {
  label: string;
  value: number;
}

/** Horizontal bars, one per labelled value, tall enough for every label. */
export function HorizontalBars({
  data,
  name,
  color,
  labelWidth = 170,
}: {
  data: readonly LabelledValue[];
  name: string;
  color: string;
  labelWidth?: number;
}) {
  const format = useFormat();
  // At most the height of a chart card's box, so the card keeps its size when the chart comes.
  const height = Math.min(CHART_HEIGHT, Math.max(160, data.length * 30 + 40));
  return (
    <ResponsiveContainer
      width="100%"
      height={height}
      initialDimension={{ ...INITIAL_SIZE, height }}
    >
      <BarChart
        data={[...data]}
        layout="vertical"
        margin={{ top: 4, right: 24, bottom: 4, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tick={AXIS_TICK} allowDecimals={false} tickFormatter={format.count} />
        <YAxis type="category" dataKey="label" width={labelWidth} tick={AXIS_TICK} interval={0} />
        <Tooltip formatter={formatValue(format.count)} />
        <Bar dataKey="value" name={name} fill={color} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
