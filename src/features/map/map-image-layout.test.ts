import { describe, expect, it } from 'vitest';
import { flowItems, legendItems } from './map-image-layout';

describe('flowItems', () => {
  it('places items side by side with the gap between them', () => {
    expect(flowItems([30, 40, 20], 200, 10, 20)).toEqual({
      positions: [
        { x: 0, y: 0 },
        { x: 40, y: 0 },
        { x: 90, y: 0 },
      ],
      height: 20,
    });
  });

  it('starts a new row when an item would pass the width', () => {
    const { positions, height } = flowItems([60, 60, 60], 130, 10, 22);
    expect(positions).toEqual([
      { x: 0, y: 0 },
      { x: 70, y: 0 },
      { x: 0, y: 22 },
    ]);
    expect(height).toBe(44);
  });

  it('puts an item wider than the row on a row of its own, never an empty row first', () => {
    expect(flowItems([300], 100, 10, 20).positions).toEqual([{ x: 0, y: 0 }]);
    expect(flowItems([], 100, 10, 20).height).toBe(0);
  });
});

describe('legendItems', () => {
  it('lists the colour classes as swatches, then the bubble as a dot', () => {
    expect(
      legendItems([{ color: '#111', label: '1' }], { color: '#c2410c', label: 'Bubble' }),
    ).toEqual([
      { kind: 'swatch', color: '#111', label: '1' },
      { kind: 'dot', color: '#c2410c', label: 'Bubble' },
    ]);
  });
});
