// The map legend's colour classes in words, for the legend on the page and the one drawn into
// a downloaded map image: one source, so the two never disagree.
import type { Formatters } from '../../i18n/format';
import { CHOROPLETH_CLASSES } from './choropleth';

export interface LegendRow {
  color: string;
  /** "1", "3–4", "5+". */
  label: string;
}

/** One row per choropleth class: a single count, a range, or "at least" for the last. */
export function legendRows(
  format: Pick<Formatters, 'count' | 'figure'>,
  range: (from: string, to: string) => string,
): LegendRow[] {
  return CHOROPLETH_CLASSES.map(([lower, color], index) => {
    const next = CHOROPLETH_CLASSES[index + 1]?.[0];
    if (next === undefined)
      return { color, label: format.figure({ value: lower, qualifier: 'at-least' }) };
    if (next - 1 === lower) return { color, label: format.count(lower) };
    return { color, label: range(format.count(lower), format.count(next - 1)) };
  });
}
