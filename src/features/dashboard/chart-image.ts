// A dashboard chart as a standalone SVG: title, takeaway, the chart as drawn, the filters and
// the source with its date, and the address of the page it came from.
import {
  composeFigureSvg,
  type TextBlock,
  type TextStyle,
} from '../../ui/image-export/compose-svg';
import { flattenChart } from '../../ui/image-export/flatten-chart';
import { fontOf, pageFontFamily, textMeasurer } from '../../ui/image-export/measure-text';
import { wrapText } from '../../ui/image-export/wrap-text';

export interface ChartTexts {
  title: string;
  takeaway: string;
  /** "Filters: Denmark", or empty. */
  filters: string;
  source: string;
  address: string;
}

const STYLES = {
  title: { size: 18, weight: 700, color: '#17212b' },
  takeaway: { size: 14, weight: 400, color: '#4a5866' },
  filters: { size: 13, weight: 600, color: '#17212b' },
  source: { size: 12, weight: 400, color: '#4a5866' },
} as const satisfies Record<string, TextStyle>;

export function chartSvg(container: HTMLElement, texts: ChartTexts) {
  const drawing = flattenChart(container);
  const family = pageFontFamily();
  const block = (text: string, style: TextStyle): TextBlock => ({
    lines: text
      ? wrapText(text, drawing.width, textMeasurer(fontOf(style, family), style.size))
      : [],
    style,
  });
  return composeFigureSvg({
    title: texts.title,
    fontFamily: family,
    padding: 20,
    gap: 12,
    before: [block(texts.title, STYLES.title), block(texts.takeaway, STYLES.takeaway)],
    drawing,
    after: [
      block(texts.filters, STYLES.filters),
      block(texts.source, STYLES.source),
      block(texts.address, STYLES.source),
    ],
  });
}
