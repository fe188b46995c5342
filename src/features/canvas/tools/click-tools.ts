/** Tools that act on a press alone: the colour picker, the magic wand, moving images. */
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

/** The magic wand: a press selects the region of similar colour into the mask. */
export const wandTool: ToolMachine<{ phase: 'idle' }> = {
  initial: { phase: 'idle' },
  isActive: () => false,
  step: (state, input) => ({
    state,
    effects: input.type === 'down' ? [{ type: 'wand', at: input.sample.point }] : [],
  }),
};

/** Moving images: Konva's own drag and Transformer do the work; the stage draws nothing. */
export const moveTool: ToolMachine<{ phase: 'idle' }> = {
  initial: { phase: 'idle' },
  isActive: () => false,
  step: (state) => ({ state, effects: [] }),
};
