import { describe, expect, it } from 'vitest';
import { countryShapes, unwrapRing } from './country-shapes';

describe('countryShapes', () => {
  const shapes = countryShapes();

  it('leaves Antarctica out and keeps each country with its ISO code', () => {
    const codes = shapes.features.map((feature) => feature.properties.iso);
    expect(codes).not.toContain('010');
    expect(codes).toContain('208'); // Denmark
    expect(shapes.features.length).toBeGreaterThan(150);
  });

  it('draws no ring across the whole map: Fiji and Russia stay continuous', () => {
    for (const feature of shapes.features) {
      const polygons =
        feature.geometry.type === 'Polygon'
          ? [feature.geometry.coordinates]
          : feature.geometry.coordinates;
      for (const ring of polygons.flat()) {
        for (let i = 1; i < ring.length; i += 1) {
          expect(Math.abs((ring[i]?.[0] ?? 0) - (ring[i - 1]?.[0] ?? 0))).toBeLessThanOrEqual(180);
        }
      }
    }
  });
});

describe('unwrapRing', () => {
  it('moves the points beyond the antimeridian past 180', () => {
    expect(
      unwrapRing([
        [179, -16],
        [-179, -16],
        [-179, -17],
        [179, -16],
      ]),
    ).toEqual([
      [179, -16],
      [181, -16],
      [181, -17],
      [179, -16],
    ]);
  });
});
