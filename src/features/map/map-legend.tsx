import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { COLORS } from './layers';
import { legendRows } from './legend-rows';

/** Explains the colours and bubbles of the map. */
export function MapLegend() {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = legendRows(format, (from, to) => t('map.legend.range', { from, to }));
  return (
    <div className="map-legend" aria-label={t('map.legend.label')} role="group">
      <p className="map-legend__title">{t('map.legend.title')}</p>
      <ul className="map-legend__classes">
        {rows.map(({ color, label }) => (
          <li key={color}>
            <span className="map-legend__swatch" style={{ background: color }} aria-hidden="true" />
            {label}
          </li>
        ))}
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
