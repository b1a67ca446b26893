import { describe, expect, it } from 'vitest';
import { countryPaths, joinNumbers, ringPath, svgShapes } from './svg-map';
import { simplifyLine } from './svg-map-detail';

/** Every absolute point of a path written by ringPath. */
function points(d: string): [number, number][][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((ring) => {
      const [start = '', rest = ''] = ring.replace('z', '').split('l');
      const numbers = (text: string) => (text.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
      const [x0 = 0, y0 = 0] = numbers(start);
      const deltas = numbers(rest);
      const result: [number, number][] = [[x0, y0]];
      for (let i = 0; i < deltas.length; i += 2) {
        const [px, py] = result.at(-1) ?? [0, 0];
        result.push([px + (deltas[i] ?? 0), py + (deltas[i + 1] ?? 0)]);
      }
      return result;
    });
}

describe('the SVG map shapes', () => {
  const paths = countryPaths();

  it('holds every country but Antarctica, each under its ISO numeric id', () => {
    const ids = paths.map((path) => path.iso);
    expect(ids).toContain('208'); // Denmark
    expect(ids).toContain('242'); // Fiji
    expect(ids).not.toContain('010');
    expect(paths.length).toBeGreaterThan(170);
  });

  it('draws no streak across the map: Fiji and Russia are cut at the antimeridian', () => {
    for (const { iso, d } of paths.filter((path) => ['242', '643'].includes(path.iso))) {
      for (const ring of points(d)) {
        for (let i = 1; i < ring.length; i++) {
          const jump = Math.abs((ring[i]?.[0] ?? 0) - (ring[i - 1]?.[0] ?? 0));
          expect(jump, `country ${iso}`).toBeLessThan(100);
        }
      }
    }
  });

  it('stays inside the Mercator square and small', () => {
    const file = svgShapes(paths);
    for (const { d } of paths)
      for (const [x, y] of points(d).flat()) {
        expect(x).toBeGreaterThanOrEqual(-0.05);
        expect(x).toBeLessThanOrEqual(512.05);
        expect(y).toBeGreaterThanOrEqual(-0.05);
        expect(y).toBeLessThanOrEqual(512.05);
      }
    expect(file.length).toBeLessThan(80_000);
  });

  it('writes compact relative path data', () => {
    expect(joinNumbers([12, -3, 5, 10])).toBe('1.2-.3.5 1');
    expect(
      ringPath([
        [10, 10],
        [20, 10],
        [20, 25],
      ]),
    ).toBe('M1 1l1 0 0 1.5z');
  });
});

describe('simplifyLine', () => {
  it('keeps both ends and the points that stray further than the tolerance', () => {
    const line = [
      [0, 0],
      [1, 0.001],
      [2, 0],
      [3, 1],
      [4, 0],
    ];
    expect(simplifyLine(line, 0.01)).toEqual([
      [0, 0],
      [2, 0],
      [3, 1],
      [4, 0],
    ]);
  });
});
