// A drawn chart as plain SVG: its SVG surfaces copied where they sit, and the HTML text around
// them (a Recharts legend) turned into SVG text at the same place, in the same font and colour.
import { escapeXml, type Drawing } from './compose-svg';

/** Parts of a chart that are not part of its picture. */
const SKIP = '.recharts-tooltip-wrapper, .visually-hidden, button, [aria-hidden="true"]:not(svg)';

function shown(element: Element): boolean {
  if (element.closest(SKIP)) return false;
  const style = getComputedStyle(element);
  return style.visibility !== 'hidden' && style.display !== 'none' && style.opacity !== '0';
}

function svgSurface(svg: SVGSVGElement, x: number, y: number, rect: DOMRect): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.removeAttribute('style');
  copy.removeAttribute('tabindex');
  copy.setAttribute('x', x.toFixed(1));
  copy.setAttribute('y', y.toFixed(1));
  copy.setAttribute('width', rect.width.toFixed(1));
  copy.setAttribute('height', rect.height.toFixed(1));
  copy.setAttribute('overflow', 'visible');
  return new XMLSerializer().serializeToString(copy);
}

function htmlText(
  node: Text,
  origin: DOMRect,
  measureAscent: AscentOf,
): { markup: string; bottom: number } | undefined {
  const text = node.data.replace(/\s+/g, ' ').trim();
  const parent = node.parentElement;
  if (!text || !parent || !shown(parent)) return undefined;
  const range = document.createRange();
  range.selectNodeContents(node);
  const rect = range.getBoundingClientRect();
  if (rect.width < 2 || rect.height < 2) return undefined;
  const style = getComputedStyle(parent);
  const size = Number.parseFloat(style.fontSize) || 12;
  const font = `${style.fontWeight} ${size}px ${style.fontFamily}`;
  const baseline = rect.top - origin.top + measureAscent(font, text, size);
  const markup =
    `<text x="${(rect.left - origin.left).toFixed(1)}" y="${baseline.toFixed(1)}" ` +
    `font-size="${size}" font-weight="${style.fontWeight}" fill="${style.color}">` +
    `${escapeXml(text)}</text>`;
  return { markup, bottom: rect.bottom - origin.top };
}

type AscentOf = (font: string, text: string, size: number) => number;

function ascentMeasurer(): AscentOf {
  const context = document.createElement('canvas').getContext('2d');
  return (font, text, size) => {
    if (!context) return size * 0.9;
    context.font = font;
    const metrics = context.measureText(text);
    return metrics.fontBoundingBoxAscent || size * 0.9;
  };
}

/** The chart inside `container` as SVG markup with its top left corner at (0, 0). */
export function flattenChart(container: HTMLElement): Drawing {
  const origin = container.getBoundingClientRect();
  const parts: string[] = [];
  // The box may be taller than the chart (it keeps a fixed room): the image ends with the chart.
  let bottom = 0;
  for (const svg of container.querySelectorAll('svg')) {
    if (svg.parentElement?.closest('svg') || !shown(svg)) continue;
    const rect = svg.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    parts.push(svgSurface(svg, rect.left - origin.left, rect.top - origin.top, rect));
    bottom = Math.max(bottom, rect.bottom - origin.top);
  }
  const ascent = ascentMeasurer();
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('svg')) continue;
    const text = htmlText(node as Text, origin, ascent);
    if (!text) continue;
    parts.push(text.markup);
    bottom = Math.max(bottom, text.bottom);
  }
  return { markup: parts.join(''), width: origin.width, height: Math.ceil(bottom) };
}
