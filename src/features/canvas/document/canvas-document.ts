import { writeCoverage } from '../../../lib/geometry/mask-raster.ts';
import type { ImagePoint } from '../../../lib/geometry/points.ts';
import { containRect } from '../../../lib/geometry/fit.ts';
import {
  EMPTY_RECT,
  isEmptyRect,
  pixelRect,
  unionRect,
  type Rect,
} from '../../../lib/geometry/rect.ts';
import { DEFAULT_OUTPUT_SIZE, type OutputSize } from '../lib/canvas-settings.ts';
import { compositeOver, parseHex } from '../lib/colour.ts';
import { createExternalStore, type ExternalStore } from '../lib/external-store.ts';
import { UndoHistory } from '../lib/undo-history.ts';
import type { Blend, LayerId } from '../tools/tool-catalog.ts';
import type { ToolEffect } from '../tools/tool-types.ts';
import {
  createBitmap,
  readPixels,
  resizeBitmap,
  writePixels,
  type Bitmap,
  type PixelData,
} from './bitmap.ts';
import {
  applyLayers,
  capture,
  captureLayers,
  patchEntry,
  resizeEntry,
  type DocumentEntry,
} from './history-entries.ts';
import { paintEffect, replacesLive } from './painter.ts';

/** The mask layer is stored in this colour; its alpha is the coverage the export reads. */
export const MASK_TINT = '#ff2d6f';
export const DEFAULT_BACKGROUND = '#ffffff';

/** Which part of the stage must be drawn again. */
export type RenderTarget = 'paint' | 'mask' | 'live';

export interface LiveStroke {
  layer: LayerId;
  blend: Blend;
  colour: string;
  opacity: number;
  /** Everything the stroke touched so far, in image pixels. */
  bounds: Rect;
}

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

/**
 * The sketch: a paint layer and a mask layer (offscreen bitmaps in image pixels), a background
 * colour, the stroke being drawn (a third bitmap) and the undo history. A finished stroke is
 * flattened into its layer at once, so drawing costs the same with ten strokes or ten thousand;
 * its undo step keeps only the pixels of the area it touched, before and after.
 */
export class CanvasDocument {
  readonly paint: Bitmap;
  readonly mask: Bitmap;
  readonly live: Bitmap;
  private readonly history = new UndoHistory<DocumentEntry>();
  private readonly renderListeners = new Set<(targets: ReadonlySet<RenderTarget>) => void>();
  readonly state: ExternalStore<DocumentState>;
  liveStroke: LiveStroke | null = null;
  /**
   * The mask's coverage, binarised, one byte per pixel, kept in step with the mask layer from the
   * pixels each change already reads: exporting the mask never reads the canvas back.
   */
  private maskBits: Uint8Array;

  constructor(size: OutputSize = DEFAULT_OUTPUT_SIZE) {
    this.paint = createBitmap(size);
    this.mask = createBitmap(size);
    this.live = createBitmap(size);
    this.maskBits = new Uint8Array(size.width * size.height);
    this.state = createExternalStore<DocumentState>({
      version: 0,
      size,
      background: DEFAULT_BACKGROUND,
      canUndo: false,
      canRedo: false,
      maskCoverage: 0,
    });
  }

  get size(): OutputSize {
    return this.state.get().size;
  }

  get background(): string {
    return this.state.get().background;
  }

  bitmap(layer: LayerId): Bitmap {
    return layer === 'paint' ? this.paint : this.mask;
  }

  /** The stage subscribes here to redraw its Konva layers. */
  onRender(listener: (targets: ReadonlySet<RenderTarget>) => void): () => void {
    this.renderListeners.add(listener);
    return () => this.renderListeners.delete(listener);
  }

  private render(...targets: RenderTarget[]): void {
    const set = new Set(targets);
    for (const listener of [...this.renderListeners]) listener(set);
  }

  private changed(patch: Partial<DocumentState>, ...targets: RenderTarget[]): void {
    this.state.set((current) => ({
      ...current,
      ...patch,
      version: current.version + 1,
      canUndo: this.history.canUndo,
      canRedo: this.history.canRedo,
    }));
    this.render(...targets);
  }

  // --- the live stroke -------------------------------------------------------------------------

  beginStroke(stroke: Omit<LiveStroke, 'bounds'>): void {
    this.clearLive();
    this.liveStroke = { ...stroke, bounds: EMPTY_RECT };
  }

  /** Draws one tool effect into the live bitmap; returns false when there is no stroke. */
  drawLive(effect: ToolEffect): boolean {
    const stroke = this.liveStroke;
    if (!stroke) return false;
    const ctx = this.live.ctx;
    if (replacesLive(effect)) this.clearLive(false);
    const touched = paintEffect(ctx, effect, stroke.layer === 'mask' ? MASK_TINT : stroke.colour);
    if (touched) {
      stroke.bounds = replacesLive(effect) ? touched : unionRect(stroke.bounds, touched);
    }
    return true;
  }

  private clearLive(forget = true): void {
    const bounds = this.liveStroke?.bounds;
    const rect = bounds ? pixelRect(bounds, this.size) : EMPTY_RECT;
    if (bounds === undefined) this.live.ctx.clearRect(0, 0, this.size.width, this.size.height);
    else if (!isEmptyRect(rect)) this.live.ctx.clearRect(rect.x, rect.y, rect.width, rect.height);
    if (this.liveStroke) this.liveStroke.bounds = EMPTY_RECT;
    if (forget) this.liveStroke = null;
  }

  cancelStroke(): void {
    const layer = this.liveStroke?.layer;
    this.clearLive();
    this.render('live', ...(layer ? [layer] : []));
  }

  /** Flattens the live stroke into its layer: one write, one undo step. */
  commitStroke(): void {
    const stroke = this.liveStroke;
    if (!stroke) return;
    const rect = pixelRect(stroke.bounds, this.size);
    if (isEmptyRect(rect)) {
      this.cancelStroke();
      return;
    }
    const target = this.bitmap(stroke.layer);
    const before = capture(target, rect);
    const { ctx } = target;
    ctx.save();
    ctx.globalAlpha = stroke.layer === 'mask' ? 1 : stroke.opacity;
    ctx.globalCompositeOperation = stroke.blend === 'erase' ? 'destination-out' : 'source-over';
    const { x, y, width, height } = rect;
    ctx.drawImage(this.live.canvas, x, y, width, height, x, y, width, height);
    ctx.restore();
    const after = capture(target, rect);
    this.clearLive();
    this.history.push(patchEntry(stroke.layer, rect, before, after));
    this.changed(this.syncMask(stroke.layer, rect, after), 'live', stroke.layer);
  }

  /** Binarised mask coverage: a copy the caller may change (the export feathers it in place). */
  maskCoverageBits(): Uint8Array {
    return this.maskBits.slice();
  }

  /** Brings the coverage copy up to date after the mask's `rect` became `pixels`. */
  private syncMask(layer: LayerId, rect: Rect, pixels: ImageData): Partial<DocumentState> {
    if (layer !== 'mask') return {};
    const delta = writeCoverage(this.maskBits, this.size.width, rect, pixels.data);
    return { maskCoverage: this.state.get().maskCoverage + delta };
  }

  /** Rebuilds the coverage copy for a whole mask of `size` (resize, undo of a resize, reload). */
  private resetMask(size: OutputSize, pixels: ImageData | PixelData): Partial<DocumentState> {
    this.maskBits = new Uint8Array(size.width * size.height);
    const count = writeCoverage(this.maskBits, size.width, { x: 0, y: 0, ...size }, pixels.data);
    return { maskCoverage: count };
  }

  // --- whole-layer changes ---------------------------------------------------------------------

  /** Runs `draw` on a whole layer as one undo step. */
  private changeLayer(layer: LayerId, draw: (bitmap: Bitmap) => void): void {
    const bitmap = this.bitmap(layer);
    const whole = { x: 0, y: 0, ...this.size };
    const before = capture(bitmap, whole);
    draw(bitmap);
    const after = capture(bitmap, whole);
    this.history.push(patchEntry(layer, whole, before, after));
    this.changed(this.syncMask(layer, whole, after), layer);
  }

  clearLayer(layer: LayerId): void {
    this.changeLayer(layer, ({ ctx }) => ctx.clearRect(0, 0, this.size.width, this.size.height));
  }

  /**
   * Puts an image on the paint layer, fitted whole and centred. `replace` clears the layer first
   * (an accepted result or the live result becomes the canvas image); otherwise it goes on top.
   */
  placeImage(
    image: CanvasImageSource,
    imageSize: { width: number; height: number },
    { replace = false } = {},
  ): void {
    this.changeLayer('paint', ({ ctx }) => {
      if (replace) ctx.clearRect(0, 0, this.size.width, this.size.height);
      const rect = containRect(imageSize, this.size);
      ctx.drawImage(image, rect.x, rect.y, rect.width, rect.height);
    });
  }

  invertMask(): void {
    this.changeLayer('mask', ({ ctx }) => {
      const { width, height } = this.size;
      const image = ctx.getImageData(0, 0, width, height);
      const [r, g, b] = parseHex(MASK_TINT);
      const data = image.data;
      for (let i = 0; i < data.length; i += 4) {
        data[i] = r;
        data[i + 1] = g;
        data[i + 2] = b;
        data[i + 3] = 255 - data[i + 3]!;
      }
      ctx.putImageData(image, 0, 0);
    });
  }

  setBackground(colour: string): void {
    const before = this.background;
    if (before === colour) return;
    this.history.push({ kind: 'background', before, after: colour, bytes: 64 });
    this.changed({ background: colour }, 'paint');
  }

  /** Changes the output size: both layers are resampled to fit, as one undo step. */
  resize(size: OutputSize): void {
    const current = this.size;
    if (current.width === size.width && current.height === size.height) return;
    const before = captureLayers(current, this.paint, this.mask);
    const rect = containRect(current, size);
    for (const bitmap of [this.paint, this.mask]) {
      const copy = createBitmap(current);
      copy.ctx.drawImage(bitmap.canvas, 0, 0);
      resizeBitmap(bitmap, size);
      bitmap.ctx.drawImage(copy.canvas, rect.x, rect.y, rect.width, rect.height);
    }
    resizeBitmap(this.live, size);
    const after = captureLayers(size, this.paint, this.mask);
    this.history.push(resizeEntry(before, after));
    this.changed({ size, ...this.resetMask(size, after.mask) }, 'paint', 'mask', 'live');
  }

  // --- undo --------------------------------------------------------------------------------------

  undo(): boolean {
    const entry = this.history.undo();
    if (entry) this.apply(entry, 'before');
    return entry !== undefined;
  }

  redo(): boolean {
    const entry = this.history.redo();
    if (entry) this.apply(entry, 'after');
    return entry !== undefined;
  }

  private apply(entry: DocumentEntry, side: 'before' | 'after'): void {
    switch (entry.kind) {
      case 'patch': {
        this.bitmap(entry.layer).ctx.putImageData(entry[side], entry.rect.x, entry.rect.y);
        this.changed(this.syncMask(entry.layer, entry.rect, entry[side]), entry.layer);
        return;
      }
      case 'background':
        this.changed({ background: entry[side] }, 'paint');
        return;
      case 'resize': {
        const state = entry[side];
        applyLayers(state, this.paint, this.mask);
        resizeBitmap(this.live, state.size);
        this.changed(
          { size: state.size, ...this.resetMask(state.size, state.mask) },
          'paint',
          'mask',
          'live',
        );
      }
    }
  }

  // --- reading ---------------------------------------------------------------------------------

  /** The colour under an image point: the paint layer over the background. */
  pickColour(point: ImagePoint): string | null {
    const x = Math.floor(point.x);
    const y = Math.floor(point.y);
    if (x < 0 || y < 0 || x >= this.size.width || y >= this.size.height) return null;
    const pixel = this.paint.ctx.getImageData(x, y, 1, 1).data;
    return compositeOver(pixel, parseHex(this.background));
  }

  save(): SavedDocument {
    return {
      size: this.size,
      background: this.background,
      paint: readPixels(this.paint),
      mask: readPixels(this.mask),
    };
  }

  /** Loads a saved document (after a reload). The history starts empty. */
  restore(saved: SavedDocument): void {
    this.liveStroke = null;
    writePixels(this.paint, saved.paint);
    writePixels(this.mask, saved.mask);
    resizeBitmap(this.live, saved.size);
    this.history.clear();
    this.changed(
      {
        size: saved.size,
        background: saved.background,
        ...this.resetMask(saved.size, saved.mask),
      },
      'paint',
      'mask',
      'live',
    );
  }
}
