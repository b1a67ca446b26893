// The map as the visitor sees it, drawn into a PNG with its title, legend, attribution and
// source. The map's own canvas is read in its 'render' event, while its picture is still in the
// drawing buffer: no preserveDrawingBuffer, which would slow every frame.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { wrapText } from '../../ui/image-export/wrap-text';
import { flowItems, legendItems } from './map-image-layout';

export interface MapImageTexts {
  title: string;
  subtitle: string;
  legendTitle: string;
  legend: readonly { color: string; label: string }[];
  bubble: { color: string; label: string };
  attribution: string;
  source: string;
  address: string;
}

const PAD = 16;
const SWATCH = 14;
const INK = '#17212b';
const SOFT = '#4a5866';

/** A copy of the map's current picture, at the canvas's own pixel size. */
export function grabMapFrame(map: MapLibreMap, timeoutMs = 5000): Promise<HTMLCanvasElement> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The map drew no frame')), timeoutMs);
    map.once('render', () => {
      clearTimeout(timer);
      const source = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      copy.getContext('2d')?.drawImage(source, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}

type Line = { text: string; font: string; color: string; size: number };

function lines(
  context: CanvasRenderingContext2D,
  text: string,
  style: Omit<Line, 'text'>,
  width: number,
): Line[] {
  context.font = style.font;
  return wrapText(text, width, (part) => context.measureText(part).width).map((line) => ({
    text: line,
    ...style,
  }));
}

const lineHeight = (line: Line) => Math.round(line.size * 1.4);
const linesHeight = (list: readonly Line[]) =>
  list.reduce((sum, line) => sum + lineHeight(line), 0);

function drawLines(context: CanvasRenderingContext2D, list: readonly Line[], top: number): number {
  let y = top;
  for (const line of list) {
    context.font = line.font;
    context.fillStyle = line.color;
    context.fillText(line.text, PAD, y);
    y += lineHeight(line);
  }
  return y;
}

/** The picture of the map with its words around it, at the map canvas's pixel density. */
export function composeMapImage(
  frame: HTMLCanvasElement,
  pixelRatio: number,
  texts: MapImageTexts,
  fontFamily: string,
): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new Error('The image could not be made');
  const width = frame.width / pixelRatio;
  const mapHeight = frame.height / pixelRatio;
  const inner = width - 2 * PAD;
  const font = (weight: number, size: number) => `${weight} ${size}px ${fontFamily}`;
  const head = [
    ...lines(context, texts.title, { font: font(700, 18), color: INK, size: 18 }, inner),
    ...lines(context, texts.subtitle, { font: font(400, 14), color: SOFT, size: 14 }, inner),
  ];
  const legendTitle = lines(
    context,
    texts.legendTitle,
    { font: font(700, 13), color: INK, size: 13 },
    inner,
  );
  const items = legendItems(texts.legend, texts.bubble);
  context.font = font(400, 13);
  const widths = items.map((item) => SWATCH + 6 + context.measureText(item.label).width);
  const flow = flowItems(widths, inner, 18, 22);
  const foot = [texts.attribution, texts.source, texts.address].flatMap((text) =>
    lines(context, text, { font: font(400, 12), color: SOFT, size: 12 }, inner),
  );
  const headHeight = PAD + linesHeight(head) + 8;
  const footHeight = 12 + linesHeight(legendTitle) + flow.height + 8 + linesHeight(foot) + PAD;
  canvas.width = frame.width;
  canvas.height = Math.round((headHeight + mapHeight + footHeight) * pixelRatio);
  context.scale(pixelRatio, pixelRatio);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, canvas.height / pixelRatio);
  context.textBaseline = 'top';
  drawLines(context, head, PAD);
  context.drawImage(frame, 0, headHeight, width, mapHeight);
  let y = drawLines(context, legendTitle, headHeight + mapHeight + 12);
  items.forEach((item, index) => {
    const { x, y: dy } = flow.positions[index] ?? { x: 0, y: 0 };
    const left = PAD + x;
    const top = y + dy + 2;
    context.fillStyle = item.color;
    context.strokeStyle = item.kind === 'dot' ? '#ffffff' : '#8fa3b3';
    context.lineWidth = item.kind === 'dot' ? 2 : 1;
    context.beginPath();
    if (item.kind === 'dot')
      context.arc(left + SWATCH / 2, top + SWATCH / 2, SWATCH / 2, 0, 2 * Math.PI);
    else context.rect(left + 0.5, top + 0.5, SWATCH - 1, SWATCH - 1);
    context.fill();
    context.stroke();
    context.font = font(400, 13);
    context.fillStyle = INK;
    context.fillText(item.label, left + SWATCH + 6, top);
  });
  y += flow.height + 8;
  drawLines(context, foot, y);
  return canvas;
}
