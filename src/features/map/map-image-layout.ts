// Where the parts of a downloaded map image go: a band of text above the map, the map at its
// own size, and below it the legend, whose items flow into rows like words in a line.

export interface FlowResult {
  /** Top left corner of each item, relative to the flow's own top left corner. */
  positions: { x: number; y: number }[];
  height: number;
}

/** Items of the given widths side by side, wrapping to a new row when the width is full. */
export function flowItems(
  widths: readonly number[],
  maxWidth: number,
  gap: number,
  rowHeight: number,
): FlowResult {
  const positions: { x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  for (const width of widths) {
    if (x > 0 && x + width > maxWidth) {
      x = 0;
      y += rowHeight;
    }
    positions.push({ x, y });
    x += width + gap;
  }
  return { positions, height: widths.length > 0 ? y + rowHeight : 0 };
}

/** The legend's items in drawing order: one swatch per colour class, then the bubble. */
export function legendItems(
  rows: readonly { color: string; label: string }[],
  bubble: { color: string; label: string },
): { kind: 'swatch' | 'dot'; color: string; label: string }[] {
  return [
    ...rows.map((row) => ({ kind: 'swatch' as const, ...row })),
    { kind: 'dot' as const, ...bubble },
  ];
}
