import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { WorldRegion } from '../../api/schemas';
import { useFormat } from '../../i18n/format';
import { AXIS_TICK, formatValue, INITIAL_SIZE, SERIES } from './palette';

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
  const { t } = useTranslation();
  const format = useFormat();
  const data = rows.map((row) => ({ ...row, label: t(`labels.region.${row.region}`) }));
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
        <YAxis tick={tick} allowDecimals={false} tickFormatter={format.count} />
        <Tooltip formatter={formatValue(format.count)} />
        <Bar
          dataKey="ecosystems"
          name={t('charts.ecosystems')}
          fill={SERIES.ecosystems}
          isAnimationActive={false}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
