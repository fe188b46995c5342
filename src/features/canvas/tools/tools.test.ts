import { describe, expect, it } from 'vitest';
import { imagePoint } from '../../../lib/geometry/points.ts';
import { freehandTool } from './freehand-tool.ts';
import { lassoTool } from './lasso-tool.ts';
import { moveTool, pickerTool, wandTool } from './click-tools.ts';
import { pressureBrush, strokeWidth } from './pressure.ts';
import { shapeTool } from './shape-tool.ts';
import { ToolSession, toolForKey, toolInfo } from './tool-catalog.ts';
import type { PointerSample, ToolConfig, ToolInput, ToolMachine } from './tool-types.ts';

const config: ToolConfig = { size: 10, fillShapes: false, pressure: 'width' };
const sample = (x: number, y: number, extra: Partial<PointerSample> = {}): PointerSample => ({
  point: imagePoint(x, y),
  pressure: 0.5,
  pointerType: 'mouse',
  shift: false,
  ...extra,
});
const down = (x: number, y: number, extra?: Partial<PointerSample>): ToolInput => ({
  type: 'down',
  sample: sample(x, y, extra),
});
const move = (...points: Array<[number, number]>): ToolInput => ({
  type: 'move',
  samples: points.map(([x, y]) => sample(x, y)),
});

/** Feeds inputs through a machine, returning every effect type in order and the end state. */
function run<S>(machine: ToolMachine<S>, inputs: ToolInput[], cfg = config) {
  let state = machine.initial;
  const effects = [];
  for (const input of inputs) {
    const next = machine.step(state, input, cfg);
    state = next.state;
    effects.push(...next.effects);
  }
  return { state, effects, types: effects.map((e) => e.type) };
}

describe('freehand tool', () => {
  it('goes idle → drawing → idle: a dot, segments, one commit', () => {
    const { types, state, effects } = run(freehandTool, [
      down(0, 0),
      move([5, 0], [10, 0]),
      { type: 'up' },
    ]);
    expect(types).toEqual(['begin', 'dot', 'segment', 'segment', 'commit']);
    expect(state.phase).toBe('idle');
    expect(effects[3]).toMatchObject({ from: { x: 5, y: 0 }, to: { x: 10, y: 0 } });
  });

  it('merges tiny moves', () => {
    const { types } = run(freehandTool, [down(0, 0), move([0.2, 0], [0.4, 0.1], [3, 0])]);
    expect(types).toEqual(['begin', 'dot', 'segment']);
  });

  it('ignores moves and releases without a press', () => {
    expect(run(freehandTool, [move([1, 1]), { type: 'up' }]).types).toEqual([]);
  });

  it('cancels without committing', () => {
    expect(run(freehandTool, [down(0, 0), { type: 'cancel' }]).types).toEqual([
      'begin',
      'dot',
      'cancel',
    ]);
  });

  it('keeps the size a stroke started with', () => {
    let state = freehandTool.initial;
    state = freehandTool.step(state, down(0, 0), { ...config, size: 4 }).state;
    const { effects } = freehandTool.step(state, move([10, 0]), { ...config, size: 40 });
    expect(effects[0]).toMatchObject({ fromWidth: 4, toWidth: 4 });
  });
});

describe('pen pressure', () => {
  it('varies a pen’s width with pressure and ignores a mouse’s fixed 0.5', () => {
    expect(strokeWidth(20, { pointerType: 'mouse', pressure: 0.5 })).toBe(20);
    expect(strokeWidth(20, { pointerType: 'pen', pressure: 1 })).toBe(20);
    expect(strokeWidth(20, { pointerType: 'pen', pressure: 0 })).toBeCloseTo(3);
    expect(strokeWidth(20, { pointerType: 'pen', pressure: 0.5 })).toBeCloseTo(11.5);
  });

  it('sets width, opacity, both or neither, as the setting says', () => {
    const pen = { pointerType: 'pen' as const, pressure: 0 };
    expect(pressureBrush(20, pen, 'width')).toEqual({ width: 3, alpha: 1 });
    expect(pressureBrush(20, pen, 'opacity')).toEqual({ width: 20, alpha: 0.1 });
    expect(pressureBrush(20, { pointerType: 'pen', pressure: 1 }, 'both')).toEqual({
      width: 20,
      alpha: 1,
    });
    expect(pressureBrush(20, pen, 'off')).toEqual({ width: 20, alpha: 1 });
    expect(pressureBrush(20, { pointerType: 'touch', pressure: 0 }, 'both')).toEqual({
      width: 20,
      alpha: 1,
    });
  });

  it('carries pen pressure into segment opacity when asked', () => {
    const { effects } = run(
      freehandTool,
      [
        down(0, 0, { pointerType: 'pen', pressure: 0 }),
        { type: 'move', samples: [sample(10, 0, { pointerType: 'pen', pressure: 1 })] },
      ],
      { ...config, pressure: 'opacity' },
    );
    expect(effects[1]).toMatchObject({ type: 'dot', width: 10, alpha: 0.1 });
    expect(effects[2]).toMatchObject({ type: 'segment', toWidth: 10, alpha: 0.55 });
  });

  it('carries pen pressure into segment widths', () => {
    const { effects } = run(freehandTool, [
      down(0, 0, { pointerType: 'pen', pressure: 0.2 }),
      { type: 'move', samples: [sample(10, 0, { pointerType: 'pen', pressure: 1 })] },
    ]);
    expect(effects[2]).toMatchObject({ type: 'segment', toWidth: 10 });
    expect((effects[2] as { fromWidth: number }).fromWidth).toBeLessThan(5);
  });
});

describe('shape tools', () => {
  it('previews the shape while dragging and commits on release', () => {
    const { types, effects } = run(shapeTool('rectangle'), [
      down(1, 1),
      move([5, 5]),
      move([9, 7]),
      { type: 'up' },
    ]);
    expect(types).toEqual(['begin', 'shape', 'shape', 'commit']);
    expect(effects[2]).toMatchObject({
      shape: { kind: 'rectangle', end: { x: 9, y: 7 } },
      width: 10,
      fill: false,
    });
  });

  it('draws nothing for a click without a drag', () => {
    expect(run(shapeTool('ellipse'), [down(1, 1), { type: 'up' }]).types).toEqual([
      'begin',
      'cancel',
    ]);
  });

  it('constrains with Shift', () => {
    const { effects } = run(shapeTool('ellipse'), [
      down(0, 0),
      { type: 'move', samples: [sample(10, 4, { shift: true })] },
    ]);
    expect(effects[1]).toMatchObject({ shape: { end: { x: 10, y: 10 } } });
  });

  it('fills when asked, and the mask rectangle always', () => {
    expect(
      run(shapeTool('rectangle'), [down(0, 0), move([4, 4])], { ...config, fillShapes: true })
        .effects[1],
    ).toMatchObject({ fill: true });
    expect(
      run(shapeTool('line'), [down(0, 0), move([4, 4])], { ...config, fillShapes: true })
        .effects[1],
    ).toMatchObject({ fill: false });
    expect(
      run(shapeTool('rectangle', { alwaysFill: true }), [down(0, 0), move([4, 4])]).effects[1],
    ).toMatchObject({ fill: true });
  });
});

describe('lasso', () => {
  it('shows an outline, then fills the closed polygon on release', () => {
    const { types, effects } = run(lassoTool, [
      down(0, 0),
      move([10, 0]),
      move([10, 10]),
      { type: 'up' },
    ]);
    expect(types).toEqual(['begin', 'outline', 'outline', 'polygon', 'commit']);
    expect(effects[3]).toMatchObject({
      points: [
        { x: 0, y: 0 },
        { x: 10, y: 0 },
        { x: 10, y: 10 },
      ],
    });
  });

  it('gives up on fewer than three points', () => {
    expect(run(lassoTool, [down(0, 0), move([10, 0]), { type: 'up' }]).types).toEqual([
      'begin',
      'outline',
      'cancel',
    ]);
  });
});

describe('picker', () => {
  it('picks on press and never draws', () => {
    expect(run(pickerTool, [down(3, 4), move([5, 5]), { type: 'up' }]).effects).toEqual([
      { type: 'pick', at: { x: 3, y: 4 } },
    ]);
  });
});

describe('magic wand and move', () => {
  it('selects on press, and moving leaves the stage to the Transformer', () => {
    expect(run(wandTool, [down(3, 4), move([5, 5]), { type: 'up' }]).effects).toEqual([
      { type: 'wand', at: { x: 3, y: 4 } },
    ]);
    expect(run(moveTool, [down(3, 4), move([5, 5]), { type: 'up' }]).effects).toEqual([]);
  });
});

describe('tool catalogue', () => {
  it('maps keys per mode', () => {
    expect(toolForKey('sketch', 'b')).toBe('brush');
    expect(toolForKey('sketch', 'E')).toBe('eraser');
    expect(toolForKey('mask', 'b')).toBe('mask-brush');
    expect(toolForKey('mask', 'e')).toBe('mask-eraser');
    expect(toolForKey('sketch', 'v')).toBe('move');
    expect(toolForKey('mask', 'w')).toBe('magic-wand');
    expect(toolForKey('sketch', 'x')).toBeUndefined();
  });

  it('runs a tool through a session that keeps its state', () => {
    const session = new ToolSession(toolInfo('brush'));
    session.handle(down(0, 0), config);
    expect(session.active).toBe(true);
    expect(session.handle({ type: 'up' }, config)).toEqual([{ type: 'commit' }]);
    expect(session.active).toBe(false);
  });

  it('says which layer and blend each tool uses', () => {
    expect(toolInfo('eraser')).toMatchObject({ layer: 'paint', blend: 'erase' });
    expect(toolInfo('lasso')).toMatchObject({ layer: 'mask', blend: 'over', mode: 'mask' });
  });
});
