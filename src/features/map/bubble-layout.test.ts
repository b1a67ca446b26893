import { describe, expect, it } from 'vitest';
import { bubbleRadius, layoutBubbles } from './bubble-layout';
import { project } from './mercator';

const places = [
  { id: 'england', centroid: [-1.6, 52.6] as const },
  { id: 'wales', centroid: [-3.8, 52.3] as const },
  { id: 'scotland', centroid: [-4.2, 56.8] as const },
  { id: 'spain', centroid: [-3.7, 40.2] as const },
  { id: 'belgium', centroid: [4.6, 50.6] as const },
];

describe('layoutBubbles', () => {
  const counts = new Map([
    ['england', 3],
    ['wales', 1],
    ['scotland', 1],
    ['spain', 8],
  ]);

  it('gives one bubble per place with ecosystems, none for the others', () => {
    const bubbles = layoutBubbles(places, counts, 4);
    expect(bubbles.map((bubble) => [bubble.place.id, bubble.count])).toEqual([
      ['england', 3],
      ['wales', 1],
      ['scotland', 1],
      ['spain', 8],
    ]);
  });

  it('keeps bubbles apart at world zoom, and in place where there is room', () => {
    const scale = 2 ** 1.5;
    const bubbles = layoutBubbles(places, counts, scale);
    for (const [i, a] of bubbles.entries()) {
      for (const b of bubbles.slice(i + 1)) {
        const gap = Math.hypot(a.x - b.x, a.y - b.y) * scale - (a.r + b.r) * scale;
        expect(gap).toBeGreaterThan(0);
      }
    }
    const spain = bubbles.find((bubble) => bubble.place.id === 'spain');
    const [x, y] = project([-3.7, 40.2]);
    expect(spain?.x).toBeCloseTo(x, 6);
    expect(spain?.y).toBeCloseTo(y, 6);
    expect((spain?.r ?? 0) * scale).toBeCloseTo(bubbleRadius(8), 6);
  });

  it('is the same layout every time for the same view', () => {
    expect(layoutBubbles(places, counts, 3)).toEqual(layoutBubbles(places, counts, 3));
  });
});
