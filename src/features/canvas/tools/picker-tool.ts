import type { ToolMachine } from './tool-types.ts';

/** The colour picker: a press picks the colour under the pointer; nothing is drawn. */
export const pickerTool: ToolMachine<{ phase: 'idle' }> = {
  initial: { phase: 'idle' },
  isActive: () => false,
  step: (state, input) => ({
    state,
    effects: input.type === 'down' ? [{ type: 'pick', at: input.sample.point }] : [],
  }),
};
