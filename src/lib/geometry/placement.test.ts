import { describe, expect, it } from 'vitest';
import { compositePlan, type CompositeLayer } from './layer-composite.ts';
import {
  fitPlacement,
  placementBounds,
  placementCorners,
  placementMatrix,
  snapOffset,
  snapValue,
} from './placement.ts';

const frame = { width: 512, height: 512 };

describe('image placement', () => {
  it('fits an image whole or filling the frame, centred', () => {
    expect(
      fitPlacement({ width: 1024, height: 576 }, { width: 1024, height: 640 }, 'contain'),
    ).toEqual({ x: 0, y: 32, width: 1024, height: 576, rotation: 0 });
    expect(fitPlacement({ width: 100, height: 200 }, frame, 'cover')).toEqual({
      x: 0,
      y: -256,
      width: 512,
      height: 1024,
      rotation: 0,
    });
  });

  it('maps source pixels to the frame through scale, turn and move', () => {
    const p = { x: 100, y: 50, width: 200, height: 100, rotation: 90 };
    const [a, b, c, d, e, f] = placementMatrix(p, { width: 50, height: 50 });
    const apply = (u: number, v: number) => [a * u + c * v + e, b * u + d * v + f];
    expect(apply(0, 0)).toEqual([100, 50]);
    // 90° clockwise in screen coordinates: +x of the image points down the frame.
    const [x, y] = apply(50, 0);
    expect(x).toBeCloseTo(100);
    expect(y).toBeCloseTo(250);
    const corners = placementCorners(p);
    expect(corners[2]!.x).toBeCloseTo(0);
    expect(corners[2]!.y).toBeCloseTo(250);
    const bounds = placementBounds(p);
    expect(bounds.x).toBeCloseTo(0);
    expect(bounds.width).toBeCloseTo(100);
    expect(bounds.height).toBeCloseTo(200);
  });

  it('snaps edges and centres to the frame’s edges and centre line', () => {
    expect(snapOffset({ x: 5, y: 300, width: 100, height: 100 }, frame)).toEqual({ dx: -5, dy: 0 });
    // The right edge at 507 is 5 from 512; the centre at 253 is 3 from 256: the centre wins.
    expect(snapOffset({ x: 203, y: 0, width: 100, height: 512 }, frame).dx).toBe(3);
    expect(snapOffset({ x: 40, y: 40, width: 100, height: 100 }, frame)).toEqual({ dx: 0, dy: 0 });
    expect(snapValue(509, [0, 512])).toBe(512);
    expect(snapValue(480, [0, 512])).toBe(480);
  });
});

describe('layer compositing', () => {
  const sketch: CompositeLayer = { id: 's', kind: 'sketch', visible: true, opacity: 1 };
  const image = (id: string, x: number, extra: Partial<CompositeLayer> = {}): CompositeLayer => ({
    id,
    kind: 'image',
    visible: true,
    opacity: 1,
    placement: { x, y: 0, width: 100, height: 100, rotation: 0 },
    ...extra,
  });
  const whole = { x: 0, y: 0, ...frame };

  it('fills the background, then draws visible layers bottom up at their opacity', () => {
    const ops = compositePlan([image('a', 0, { opacity: 0.5 }), sketch], whole, '#ffffff');
    expect(ops).toEqual([
      { type: 'fill', colour: '#ffffff', clip: whole },
      {
        type: 'draw',
        id: 'a',
        opacity: 0.5,
        clip: { x: 0, y: 0, width: 100, height: 100 },
        placement: { x: 0, y: 0, width: 100, height: 100, rotation: 0 },
      },
      { type: 'draw', id: 's', opacity: 1, clip: whole },
    ]);
  });

  it('leaves out hidden and transparent layers, and images outside the area', () => {
    const area = { x: 300, y: 0, width: 50, height: 50 };
    const ops = compositePlan(
      [
        image('left', 0),
        image('under', 280),
        image('hidden', 300, { visible: false }),
        image('clear', 300, { opacity: 0 }),
        sketch,
      ],
      area,
      '#000000',
    );
    expect(ops.map((op) => (op.type === 'draw' ? op.id : op.type))).toEqual(['fill', 'under', 's']);
    expect(ops[1]).toMatchObject({ clip: { x: 300, y: 0, width: 50, height: 50 } });
  });

  it('keeps the order it is given: an image above the sketch covers it', () => {
    const ops = compositePlan([sketch, image('top', 0)], whole, '#fff');
    expect(ops.map((op) => (op.type === 'draw' ? op.id : op.type))).toEqual(['fill', 's', 'top']);
    expect(compositePlan([sketch], { x: 0, y: 0, width: 0, height: 10 }, '#fff')).toEqual([]);
  });
});
