// Reads a screenshot of the map and counts the pixels of the colours the map should draw,
// so a test can tell a drawn map from a blank or broken canvas.
import { PNG } from 'pngjs';

export type Rgb = readonly [number, number, number];

export function hexToRgb(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** Share of pixels (0..1) within `tolerance` of each colour. */
export function colourShares(
  png: Buffer,
  colours: Record<string, string>,
  tolerance = 12,
): Record<string, number> {
  const image = PNG.sync.read(png);
  const targets = Object.entries(colours).map(([name, hex]) => [name, hexToRgb(hex)] as const);
  const counts: Record<string, number> = Object.fromEntries(targets.map(([name]) => [name, 0]));
  const total = image.width * image.height;
  for (let i = 0; i < image.data.length; i += 4) {
    const r = image.data[i] ?? 0;
    const g = image.data[i + 1] ?? 0;
    const b = image.data[i + 2] ?? 0;
    for (const [name, [tr, tg, tb]] of targets) {
      if (
        Math.abs(r - tr) <= tolerance &&
        Math.abs(g - tg) <= tolerance &&
        Math.abs(b - tb) <= tolerance
      ) {
        counts[name] = (counts[name] ?? 0) + 1;
      }
    }
  }
  return Object.fromEntries(Object.entries(counts).map(([name, count]) => [name, count / total]));
}
