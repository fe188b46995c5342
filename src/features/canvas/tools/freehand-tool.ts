import { distance, type ImagePoint } from '../../../lib/geometry/points.ts';
import { strokeWidth } from './pressure.ts';
import type { ToolEffect, ToolMachine } from './tool-types.ts';

export type FreehandState =
  { phase: 'idle' } | { phase: 'drawing'; last: ImagePoint; lastWidth: number; size: number };

/** Moves shorter than this (image pixels) are merged into the next one. */
const MIN_STEP = 0.75;

/** Brush, eraser, mask brush and mask eraser: a dot on press, a segment per move. */
export const freehandTool: ToolMachine<FreehandState> = {
  initial: { phase: 'idle' },
  isActive: (state) => state.phase === 'drawing',
  step(state, input, config) {
    switch (input.type) {
      case 'down': {
        const width = strokeWidth(config.size, input.sample);
        return {
          state: {
            phase: 'drawing',
            last: input.sample.point,
            lastWidth: width,
            size: config.size,
          },
          effects: [{ type: 'begin' }, { type: 'dot', at: input.sample.point, width }],
        };
      }
      case 'move': {
        if (state.phase !== 'drawing') return { state, effects: [] };
        const effects: ToolEffect[] = [];
        let { last, lastWidth } = state;
        for (const sample of input.samples) {
          if (distance(last, sample.point) < MIN_STEP) continue;
          const width = strokeWidth(state.size, sample);
          effects.push({
            type: 'segment',
            from: last,
            to: sample.point,
            fromWidth: lastWidth,
            toWidth: width,
          });
          last = sample.point;
          lastWidth = width;
        }
        return { state: { ...state, last, lastWidth }, effects };
      }
      case 'up':
        return state.phase === 'drawing'
          ? { state: { phase: 'idle' }, effects: [{ type: 'commit' }] }
          : { state, effects: [] };
      case 'cancel':
        return state.phase === 'drawing'
          ? { state: { phase: 'idle' }, effects: [{ type: 'cancel' }] }
          : { state, effects: [] };
    }
  },
};
