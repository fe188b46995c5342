import type { OutputSize } from '../lib/canvas-settings.ts';
import type { PixelData } from './bitmap.ts';

/** The mask layer is stored in this colour; its alpha is the coverage the export reads. */
export const MASK_TINT = '#ff2d6f';
export const DEFAULT_BACKGROUND = '#ffffff';

/** Which part of the stage must be drawn again. */
export type RenderTarget = 'paint' | 'mask' | 'live';

/** What React reads about the document (through selectors); bitmaps stay out of it. */
export interface DocumentState {
  /** Bumps on every committed change (not on live strokes). */
  version: number;
  size: OutputSize;
  background: string;
  canUndo: boolean;
  canRedo: boolean;
  /** Pixels the mask covers. */
  maskCoverage: number;
}

export interface SavedDocument {
  size: OutputSize;
  background: string;
  paint: PixelData;
  mask: PixelData;
}
