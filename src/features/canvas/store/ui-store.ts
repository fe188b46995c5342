import { create } from 'zustand';
import type { Size } from '../../../lib/geometry/points.ts';
import { fitViewport, type Viewport } from '../../../lib/geometry/viewport.ts';
import type { CanvasMode, ToolId } from '../tools/tool-catalog.ts';

export const BRUSH_SIZE = { min: 1, max: 256 } as const;

export interface CanvasUiState {
  mode: CanvasMode;
  /** The tool chosen in each mode, so switching back restores it. */
  tools: Record<CanvasMode, ToolId>;
  sizes: Record<CanvasMode, number>;
  colour: string;
  opacity: number;
  fillShapes: boolean;
  live: boolean;
  viewport: Viewport;
  /** The stage's size in CSS pixels, as last measured. */
  stageSize: Size;
  setMode: (mode: CanvasMode) => void;
  toggleMode: () => void;
  setTool: (tool: ToolId, mode: CanvasMode) => void;
  setSize: (size: number) => void;
  setColour: (colour: string) => void;
  setOpacity: (opacity: number) => void;
  setFillShapes: (fill: boolean) => void;
  setLive: (live: boolean) => void;
  setViewport: (viewport: Viewport) => void;
  setStageSize: (size: Size) => void;
  fit: (image: Size) => void;
}

export const clampBrushSize = (size: number) =>
  Math.round(Math.min(BRUSH_SIZE.max, Math.max(BRUSH_SIZE.min, size)));

/** `]` grows the brush by about 15 % (at least one pixel), `[` shrinks it. */
export function stepBrushSize(size: number, direction: 1 | -1): number {
  const step = Math.max(1, Math.round(size * 0.15));
  return clampBrushSize(size + direction * step);
}

type UiValues = Omit<
  CanvasUiState,
  Extract<keyof CanvasUiState, `set${string}` | 'toggleMode' | 'fit'>
>;

const INITIAL_UI: UiValues = {
  mode: 'sketch',
  tools: { sketch: 'brush', mask: 'mask-brush' },
  sizes: { sketch: 12, mask: 48 },
  colour: '#1f2937',
  opacity: 1,
  fillShapes: false,
  live: false,
  viewport: { scale: 1, x: 0, y: 0 },
  stageSize: { width: 0, height: 0 },
};

/** UI state only: the tool, the brush, the mode, the view. The drawing itself is the document's. */
export const useCanvasUi = create<CanvasUiState>()((set, get) => ({
  ...INITIAL_UI,
  setMode: (mode) => set({ mode }),
  toggleMode: () => set({ mode: get().mode === 'sketch' ? 'mask' : 'sketch' }),
  setTool: (tool, mode) => set((state) => ({ mode, tools: { ...state.tools, [mode]: tool } })),
  setSize: (size) =>
    set((state) => ({ sizes: { ...state.sizes, [state.mode]: clampBrushSize(size) } })),
  setColour: (colour) => set({ colour }),
  setOpacity: (opacity) => set({ opacity: Math.min(1, Math.max(0.05, opacity)) }),
  setFillShapes: (fillShapes) => set({ fillShapes }),
  setLive: (live) => set({ live }),
  setViewport: (viewport) => set({ viewport }),
  setStageSize: (stageSize) => set({ stageSize }),
  fit: (image) => set({ viewport: fitViewport(image, get().stageSize) }),
}));

export const selectTool = (state: CanvasUiState) => state.tools[state.mode];
export const selectSize = (state: CanvasUiState) => state.sizes[state.mode];

/** Back to the first visit's tools and view (a new session: nothing carries over between users). */
export function resetCanvasUi(): void {
  useCanvasUi.setState(INITIAL_UI);
}
