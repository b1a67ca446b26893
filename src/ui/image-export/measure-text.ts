// Text measured the way a canvas draws it, to wrap lines before they are drawn into an image.
import type { TextStyle } from './compose-svg';

export const fontOf = (style: Pick<TextStyle, 'size' | 'weight'>, family: string): string =>
  `${style.weight} ${style.size}px ${family}`;

/** A measuring function for one font; falls back to an average glyph width without canvas. */
export function textMeasurer(font: string, size: number): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return (text) => text.length * size * 0.55;
  context.font = font;
  return (text) => context.measureText(text).width;
}

/** The page's own font stack, so images use the letters the page shows. */
export const pageFontFamily = (): string =>
  getComputedStyle(document.documentElement).fontFamily || 'sans-serif';
