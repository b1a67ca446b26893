import { CHOROPLETH_CLASSES, COLORS } from './layers';

function classLabel(index: number): string {
  const lower = CHOROPLETH_CLASSES[index]?.[0] ?? 0;
  const next = CHOROPLETH_CLASSES[index + 1]?.[0];
  if (next === undefined) return `${lower}+`;
  return next - 1 === lower ? String(lower) : `${lower}–${next - 1}`;
}

/** Explains the colours and bubbles of the map. */
export function MapLegend() {
  return (
    <div className="map-legend" aria-label="Map legend" role="group">
      <p className="map-legend__title">Ecosystems per country</p>
      <ul className="map-legend__classes">
        {CHOROPLETH_CLASSES.map(([, color], index) => (
          <li key={color}>
            <span className="map-legend__swatch" style={{ background: color }} aria-hidden="true" />
            {classLabel(index)}
          </li>
        ))}
      </ul>
      <p className="map-legend__bubble">
        <span
          className="map-legend__dot"
          style={{ background: COLORS.ecosystem }}
          aria-hidden="true"
        />
        Bubble: ecosystems in a location; zoom in or click to split
      </p>
    </div>
  );
}
