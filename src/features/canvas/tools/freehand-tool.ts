import { distance, type ImagePoint } from '../../../lib/geometry/points.ts';
import { pressureBrush } from './pressure.ts';
import type { ToolConfig, ToolEffect, ToolMachine } from './tool-types.ts';

export type FreehandState =
  | { phase: 'idle' }
  | {
      phase: 'drawing';
      last: ImagePoint;
      lastWidth: number;
      lastAlpha: number;
      size: number;
      pressure: ToolConfig['pressure'];
    };

/** Moves shorter than this (image pixels) are merged into the next one. */
const MIN_STEP = 0.75;

/** Brush, eraser, mask brush and mask eraser: a dot on press, a segment per move. */
export const freehandTool: ToolMachine<FreehandState> = {
  initial: { phase: 'idle' },
  isActive: (state) => state.phase === 'drawing',
  step(state, input, config) {
    switch (input.type) {
      case 'down': {
        const { width, alpha } = pressureBrush(config.size, input.sample, config.pressure);
        return {
          state: {
            phase: 'drawing',
            last: input.sample.point,
            lastWidth: width,
            lastAlpha: alpha,
            size: config.size,
            pressure: config.pressure,
          },
          effects: [{ type: 'begin' }, { type: 'dot', at: input.sample.point, width, alpha }],
        };
      }
      case 'move': {
        if (state.phase !== 'drawing') return { state, effects: [] };
        const effects: ToolEffect[] = [];
        let { last, lastWidth, lastAlpha } = state;
        for (const sample of input.samples) {
          if (distance(last, sample.point) < MIN_STEP) continue;
          const { width, alpha } = pressureBrush(state.size, sample, state.pressure);
          effects.push({
            type: 'segment',
            from: last,
            to: sample.point,
            fromWidth: lastWidth,
            toWidth: width,
            alpha: (lastAlpha + alpha) / 2,
          });
          last = sample.point;
          lastWidth = width;
          lastAlpha = alpha;
        }
        return { state: { ...state, last, lastWidth, lastAlpha }, effects };
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
