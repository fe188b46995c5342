import { describe, expect, it } from 'vitest';
import { stagePoint } from '../../../lib/geometry/points.ts';
import { PointerRouter } from './pointer-router.ts';

const at = (x: number, y = 0) => stagePoint(x, y);

describe('pointer routing', () => {
  it('draws with a mouse, one stroke at a time', () => {
    const router = new PointerRouter();
    expect(router.down(1, 'mouse', at(0))).toEqual([{ type: 'draw', phase: 'down', id: 1 }]);
    expect(router.move(1, 'mouse', at(5))).toEqual([{ type: 'draw', phase: 'move', id: 1 }]);
    expect(router.down(2, 'mouse', at(0))).toEqual([]);
    expect(router.up(1)).toEqual([{ type: 'draw', phase: 'up', id: 1 }]);
    expect(router.isDrawing).toBe(false);
  });

  it('draws with one finger, and two pan and zoom instead', () => {
    const router = new PointerRouter();
    expect(router.down(10, 'touch', at(0))).toEqual([{ type: 'draw', phase: 'down', id: 10 }]);
    expect(router.down(11, 'touch', at(100))).toEqual([
      { type: 'draw', phase: 'cancel', id: 10 },
      { type: 'pinch', phase: 'start', points: [at(0), at(100)] },
    ]);
    expect(router.move(11, 'touch', at(150))).toEqual([
      { type: 'pinch', phase: 'move', points: [at(0), at(150)] },
    ]);
    expect(router.down(12, 'touch', at(50))).toEqual([]);
    expect(router.up(10)).toEqual([{ type: 'pinch', phase: 'end' }]);
    // The finger left on the glass does not start drawing.
    expect(router.move(11, 'touch', at(160))).toEqual([]);
    expect(router.up(11)).toEqual([]);
  });

  it('rejects the palm once a pen is in use', () => {
    const router = new PointerRouter();
    expect(router.down(1, 'touch', at(0))).toEqual([{ type: 'draw', phase: 'down', id: 1 }]);
    // The pen lands while the palm is drawing: the palm's stroke is dropped.
    expect(router.down(2, 'pen', at(30))).toEqual([
      { type: 'draw', phase: 'cancel', id: 1 },
      { type: 'draw', phase: 'down', id: 2 },
    ]);
    expect(router.up(2)).toEqual([{ type: 'draw', phase: 'up', id: 2 }]);
    router.up(1);
    expect(router.penInUse).toBe(true);
    expect(router.down(3, 'touch', at(0))).toEqual([]);
    expect(router.down(4, 'touch', at(80))).toEqual([
      { type: 'pinch', phase: 'start', points: [at(0), at(80)] },
    ]);
  });

  it('counts a hovering pen as in use', () => {
    const router = new PointerRouter();
    router.move(5, 'pen', at(10));
    expect(router.down(6, 'touch', at(0))).toEqual([]);
  });
});
