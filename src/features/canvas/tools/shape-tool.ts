import { distance, type ImagePoint } from '../../../lib/geometry/points.ts';
import { constrainEnd, type ShapeKind } from '../../../lib/geometry/shapes.ts';
import type { ToolMachine } from './tool-types.ts';

export type ShapeState =
  | { phase: 'idle' }
  | { phase: 'dragging'; start: ImagePoint; end: ImagePoint; size: number; fill: boolean };

/**
 * Line, rectangle and ellipse (and the mask rectangle, always filled): press at one corner, drag
 * to the other, release. A click without a drag draws nothing.
 */
export function shapeTool(kind: ShapeKind, { alwaysFill = false } = {}): ToolMachine<ShapeState> {
  return {
    initial: { phase: 'idle' },
    isActive: (state) => state.phase === 'dragging',
    step(state, input, config) {
      switch (input.type) {
        case 'down': {
          const p = input.sample.point;
          const fill = kind !== 'line' && (alwaysFill || config.fillShapes);
          return {
            state: { phase: 'dragging', start: p, end: p, size: config.size, fill },
            effects: [{ type: 'begin' }],
          };
        }
        case 'move': {
          const sample = input.samples.at(-1);
          if (state.phase !== 'dragging' || !sample) return { state, effects: [] };
          const end = sample.shift ? constrainEnd(kind, state.start, sample.point) : sample.point;
          return {
            state: { ...state, end },
            effects: [
              {
                type: 'shape',
                shape: { kind, start: state.start, end },
                width: state.size,
                fill: state.fill,
              },
            ],
          };
        }
        case 'up': {
          if (state.phase !== 'dragging') return { state, effects: [] };
          const moved = distance(state.start, state.end) >= 1;
          return {
            state: { phase: 'idle' },
            effects: [{ type: moved ? 'commit' : 'cancel' }],
          };
        }
        case 'cancel':
          return state.phase === 'dragging'
            ? { state: { phase: 'idle' }, effects: [{ type: 'cancel' }] }
            : { state, effects: [] };
      }
    },
  };
}
