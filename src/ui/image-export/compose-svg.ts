// A figure as one standalone SVG: lines of text above and below a drawing (the chart). Plain
// SVG text, no HTML inside (no foreignObject), so slide and drawing programs show it too.

export interface TextStyle {
  size: number;
  weight: number;
  color: string;
}

export interface TextBlock {
  lines: readonly string[];
  style: TextStyle;
}

export interface Drawing {
  /** SVG markup placed with its top left corner at (0, 0). */
  markup: string;
  width: number;
  height: number;
}

export const LINE_HEIGHT = 1.35;
/** Where the baseline sits in a line box, as a share of the font size. */
const BASELINE = 1.05;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);

/** The height a block takes. */
export const blockHeight = (block: TextBlock): number =>
  block.lines.length * block.style.size * LINE_HEIGHT;

function textLines(block: TextBlock, x: number, top: number): string {
  const { size, weight, color } = block.style;
  return block.lines
    .map((line, index) => {
      const y = top + index * size * LINE_HEIGHT + size * BASELINE;
      return `<text x="${x}" y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${color}">${escapeXml(line)}</text>`;
    })
    .join('');
}

export function composeFigureSvg({
  title,
  fontFamily,
  padding,
  gap,
  before,
  drawing,
  after,
}: {
  /** The file's own title (shown by viewers and read by screen readers). */
  title: string;
  fontFamily: string;
  padding: number;
  /** Space between the blocks. */
  gap: number;
  before: readonly TextBlock[];
  drawing: Drawing;
  after: readonly TextBlock[];
}): { svg: string; width: number; height: number } {
  const width = Math.ceil(drawing.width + 2 * padding);
  const parts: string[] = [];
  let y = padding;
  const place = (block: TextBlock) => {
    if (block.lines.length === 0) return;
    parts.push(textLines(block, padding, y));
    y += blockHeight(block) + gap / 2;
  };
  before.forEach(place);
  y += gap / 2;
  parts.push(`<g transform="translate(${padding} ${y.toFixed(1)})">${drawing.markup}</g>`);
  y += drawing.height + gap;
  after.forEach(place);
  const height = Math.ceil(y + padding - gap / 2);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" font-family="${escapeXml(fontFamily)}">` +
    `<title>${escapeXml(title)}</title>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${parts.join('')}</svg>`;
  return { svg, width, height };
}
