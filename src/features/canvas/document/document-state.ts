import type { FrameSize } from '../../../lib/geometry/frame.ts';
import type { Rect } from '../../../lib/geometry/rect.ts';
import type { LayerView } from './layers.ts';

/** The mask layer is stored in this colour; its alpha is the coverage the export reads. */
export const MASK_TINT = '#ff2d6f';
export const DEFAULT_BACKGROUND = '#ffffff';

/**
 * Which part of the stage must be drawn again: a layer by its id, the mask, the stroke being
 * drawn, the background, or everything (the layers themselves changed).
 */
export type RenderTarget = string;
export const RENDER_ALL = 'all';
export const RENDER_MASK = 'mask';
export const RENDER_LIVE = 'live';
export const RENDER_BACKGROUND = 'background';

/** What React reads about the document (through selectors); bitmaps stay out of it. */
export interface DocumentState {
  /** Bumps on every committed change (not on live strokes). */
  version: number;
  size: FrameSize;
  background: string;
  canUndo: boolean;
  canRedo: boolean;
  undoDepth: number;
  redoDepth: number;
  /** Pixels the mask covers. */
  maskCoverage: number;
  /** Bottom to top. */
  layers: readonly LayerView[];
  selectedId: string | null;
  mask: { visible: boolean; opacity: number };
  /** Areas added by Extend that Outpaint fills. */
  fresh: readonly Rect[];
}
