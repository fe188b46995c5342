import { distance, type ImagePoint } from '../../../lib/geometry/points.ts';
import type { ToolMachine } from './tool-types.ts';

export type LassoState = { phase: 'idle' } | { phase: 'drawing'; points: ImagePoint[] };

/** Points closer than this (image pixels) to the previous one are skipped. */
const MIN_STEP = 2;
/** The outline shown while drawing, in image pixels. */
export const LASSO_OUTLINE_WIDTH = 2;

/** Draws a free outline; on release it closes and fills the polygon (at least three points). */
export const lassoTool: ToolMachine<LassoState> = {
  initial: { phase: 'idle' },
  isActive: (state) => state.phase === 'drawing',
  step(state, input) {
    switch (input.type) {
      case 'down':
        return {
          state: { phase: 'drawing', points: [input.sample.point] },
          effects: [{ type: 'begin' }],
        };
      case 'move': {
        if (state.phase !== 'drawing') return { state, effects: [] };
        const points = [...state.points];
        for (const sample of input.samples) {
          if (distance(points[points.length - 1]!, sample.point) >= MIN_STEP) {
            points.push(sample.point);
          }
        }
        if (points.length === state.points.length) return { state, effects: [] };
        return {
          state: { phase: 'drawing', points },
          effects: [{ type: 'outline', points, width: LASSO_OUTLINE_WIDTH }],
        };
      }
      case 'up':
        if (state.phase !== 'drawing') return { state, effects: [] };
        return state.points.length >= 3
          ? {
              state: { phase: 'idle' },
              effects: [{ type: 'polygon', points: state.points }, { type: 'commit' }],
            }
          : { state: { phase: 'idle' }, effects: [{ type: 'cancel' }] };
      case 'cancel':
        return state.phase === 'drawing'
          ? { state: { phase: 'idle' }, effects: [{ type: 'cancel' }] }
          : { state, effects: [] };
    }
  },
};
