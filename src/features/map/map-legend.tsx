import { useTranslation } from 'react-i18next';
import { useFormat, type Formatters } from '../../i18n/format';
import { CHOROPLETH_CLASSES } from './choropleth';
import { COLORS } from './layers';

/** A colour class's range: "0", "1", "2–4", "10+". */
function classRange(index: number, format: Formatters): { from: string; to?: string } {
  const lower = CHOROPLETH_CLASSES[index]?.[0] ?? 0;
  const next = CHOROPLETH_CLASSES[index + 1]?.[0];
  if (next === undefined) return { from: format.figure({ value: lower, qualifier: 'at-least' }) };
  if (next - 1 === lower) return { from: format.count(lower) };
  return { from: format.count(lower), to: format.count(next - 1) };
}

/** Explains the colours and bubbles of the map. */
export function MapLegend() {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="map-legend" aria-label={t('map.legend.label')} role="group">
      <p className="map-legend__title">{t('map.legend.title')}</p>
      <ul className="map-legend__classes">
        {CHOROPLETH_CLASSES.map(([, color], index) => {
          const { from, to } = classRange(index, format);
          return (
            <li key={color}>
              <span
                className="map-legend__swatch"
                style={{ background: color }}
                aria-hidden="true"
              />
              {to === undefined ? from : t('map.legend.range', { from, to })}
            </li>
          );
        })}
      </ul>
      <p className="map-legend__bubble">
        <span
          className="map-legend__dot"
          style={{ background: COLORS.ecosystem }}
          aria-hidden="true"
        />
        {t('map.legend.bubble')}
      </p>
    </div>
  );
}
