import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { COLORS } from './layers';
import { legendRows } from './legend-rows';
import './map-legend.css';

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
            {/* Drawn, not styled: the page's CSP allows no style attributes in its HTML. */}
            <svg className="map-legend__swatch" viewBox="0 0 1 1" aria-hidden="true">
              <rect width="1" height="1" fill={color} />
            </svg>
            {label}
          </li>
        ))}
      </ul>
      <p className="map-legend__bubble">
        <svg className="map-legend__dot" viewBox="0 0 1 1" aria-hidden="true">
          <circle cx=".5" cy=".5" r=".5" fill={COLORS.ecosystem} />
        </svg>
        {t('map.legend.bubble')}
      </p>
    </div>
  );
}
