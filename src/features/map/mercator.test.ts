import { describe, expect, it } from 'vitest';
import { frameCamera } from './framing';
import { cameraFor, project, unproject, viewBoxOf, WORLD } from './mercator';

describe('Web Mercator in MapLibre units', () => {
  it('puts the antimeridian at the edges and the equator in the middle', () => {
    expect(project([-180, 0])).toEqual([0, WORLD / 2]);
    expect(project([180, 0])[0]).toBe(WORLD);
    expect(project([0, 85.051129])[1]).toBeCloseTo(0, 3);
  });

  it('unprojects what it projects', () => {
    const [lng, lat] = unproject(project([10.4, 55.7]));
    expect(lng).toBeCloseTo(10.4, 9);
    expect(lat).toBeCloseTo(55.7, 9);
  });

  it("gives the camera that draws a view box, and back the same box (MapLibre's first view)", () => {
    const size = { width: 800, height: 600 };
    const box = { x: 240, y: 150, width: 40, height: 30 };
    const camera = cameraFor(box, size);
    expect(camera.zoom).toBeCloseTo(Math.log2(20), 9);
    const back = viewBoxOf(camera, size);
    expect(back.x).toBeCloseTo(240, 9);
    expect(back.width).toBeCloseTo(40, 9);
  });

  it('never shows past the poles: a tall box zooms in until the world fills it', () => {
    const camera = cameraFor(
      { x: 0, y: 0, width: WORLD, height: WORLD },
      { width: 390, height: 700 },
    );
    expect(2 ** camera.zoom * WORLD).toBeGreaterThanOrEqual(700 - 1e-9);
    const view = viewBoxOf(camera, { width: 390, height: 700 });
    expect(view.y).toBeGreaterThanOrEqual(-1e-9);
    expect(view.y + view.height).toBeLessThanOrEqual(WORLD + 1e-9);
  });
});

describe('frameCamera', () => {
  it('frames points with room around them, no closer than zoom 7', () => {
    const size = { width: 960, height: 720 };
    const one = frameCamera([[12.5, 55.7]], size);
    expect(one.zoom).toBe(7);
    expect(one.center[0]).toBeCloseTo(12.5, 6);
    const spain = frameCamera(
      [
        [-8.5, 42.9],
        [2.2, 41.4],
        [-5.9, 37.4],
      ],
      size,
    );
    const view = viewBoxOf(spain, size);
    const [west] = project([-8.5, 42.9]);
    // 60 px of room at the tighter side.
    expect((west - view.x) * 2 ** spain.zoom).toBeGreaterThanOrEqual(60 - 1e-6);
  });
});
