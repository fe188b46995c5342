import type { ImagePoint } from '../../../lib/geometry/points.ts';
import { containRect } from '../../../lib/geometry/fit.ts';
import { isEmptyRect, type Rect } from '../../../lib/geometry/rect.ts';
import { DEFAULT_OUTPUT_SIZE, type OutputSize } from '../lib/canvas-settings.ts';
import { compositeOver, parseHex } from '../lib/colour.ts';
import { createExternalStore, type ExternalStore } from '../lib/external-store.ts';
import { Listeners } from '../lib/listeners.ts';
import { UndoHistory } from '../lib/undo-history.ts';
import type { LayerId } from '../tools/tool-catalog.ts';
import type { ToolEffect } from '../tools/tool-types.ts';
import {
  createBitmap,
  readPixels,
  resampleBitmap,
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
import {
  DEFAULT_BACKGROUND,
  MASK_TINT,
  type DocumentState,
  type RenderTarget,
  type SavedDocument,
} from './document-state.ts';
import { FlatSketch } from './flat-sketch.ts';
import { LiveLayer, type LiveStroke } from './live-stroke.ts';
import { MaskCoverage } from './mask-coverage.ts';

/**
 * The sketch: a paint layer and a mask layer (offscreen bitmaps in image pixels), a background
 * colour, the stroke being drawn (a third bitmap) and the undo history. A finished stroke is
 * flattened into its layer at once, so drawing costs the same with ten strokes or ten thousand;
 * its undo step keeps only the pixels of the area it touched, before and after.
 */
export class CanvasDocument {
  readonly paint: Bitmap;
  readonly mask: Bitmap;
  /** The stroke being drawn, outside the layers until it is committed. */
  readonly live: LiveLayer;
  private readonly history = new UndoHistory<DocumentEntry>();
  private readonly renderListeners = new Listeners<ReadonlySet<RenderTarget>>();
  readonly state: ExternalStore<DocumentState>;
  private readonly liveListeners = new Listeners();
  /** The mask binarised, kept in step with the mask layer for the export. */
  readonly maskBits: MaskCoverage;
  /** Background and paint flattened, what the sketch export encodes. */
  readonly flat: FlatSketch;

  constructor(size: OutputSize = DEFAULT_OUTPUT_SIZE) {
    this.paint = createBitmap(size);
    this.mask = createBitmap(size);
    this.live = new LiveLayer(size);
    this.maskBits = new MaskCoverage(size);
    this.flat = new FlatSketch(size);
    this.flat.update(this.paint.canvas, DEFAULT_BACKGROUND);
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
    return this.renderListeners.add(listener);
  }

  private render(...targets: RenderTarget[]): void {
    this.renderListeners.emit(new Set(targets));
  }

  /** A committed change: a new version, the flattened sketch brought up to date, a redraw. */
  private changed(patch: Partial<DocumentState>, targets: RenderTarget[], area?: Rect): void {
    this.state.set((current) => ({
      ...current,
      ...patch,
      version: current.version + 1,
      canUndo: this.history.canUndo,
      canRedo: this.history.canRedo,
    }));
    if (targets.includes('paint')) this.flat.update(this.paint.canvas, this.background, area);
    this.render(...targets);
  }

  // --- the live stroke -------------------------------------------------------------------------

  get liveStroke(): LiveStroke | null {
    return this.live.stroke;
  }

  /** Live mode listens here: a paint stroke being drawn (or dropped) changed the sketch. */
  onLiveSketch(listener: () => void): () => void {
    return this.liveListeners.add(listener);
  }

  beginStroke(stroke: Omit<LiveStroke, 'bounds'>): void {
    this.live.begin(stroke);
  }

  /** Draws one tool effect into the live bitmap; returns false when there is no stroke. */
  drawLive(effect: ToolEffect): boolean {
    const stroke = this.live.stroke;
    if (!stroke) return false;
    this.live.draw(effect, stroke.layer === 'mask' ? MASK_TINT : stroke.colour);
    if (stroke.layer === 'paint') this.liveListeners.emit();
    return true;
  }

  cancelStroke(): void {
    const layer = this.live.stroke?.layer;
    this.live.clear();
    this.render('live', ...(layer ? [layer] : []));
    if (layer === 'paint') this.liveListeners.emit();
  }

  /** Flattens the live stroke into its layer: one write, one undo step. */
  commitStroke(): void {
    const stroke = this.live.stroke;
    if (!stroke) return;
    const rect = this.live.touched();
    if (isEmptyRect(rect)) {
      this.cancelStroke();
      return;
    }
    const target = this.bitmap(stroke.layer);
    const before = capture(target, rect);
    this.live.mergeInto(target.ctx, rect);
    const after = capture(target, rect);
    this.live.clear();
    this.history.push(patchEntry(stroke.layer, rect, before, after));
    this.changed(this.syncMask(stroke.layer, rect, after), ['live', stroke.layer], rect);
  }

  /** Brings the coverage copy up to date after the mask's `rect` became `pixels`. */
  private syncMask(layer: LayerId, rect: Rect, pixels: ImageData): Partial<DocumentState> {
    if (layer !== 'mask') return {};
    const delta = this.maskBits.write(rect, pixels.data);
    return { maskCoverage: this.state.get().maskCoverage + delta };
  }

  /** Rebuilds the coverage copy for a whole mask of `size` (resize, undo of a resize, reload). */
  private resetMask(size: OutputSize, pixels: ImageData | PixelData): Partial<DocumentState> {
    return { maskCoverage: this.maskBits.reset(size, pixels.data) };
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
    this.changed(this.syncMask(layer, whole, after), [layer]);
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

  /** Masked becomes clear and clear masked: a whole fill with "xor" turns each alpha into 1 − α. */
  invertMask(): void {
    this.changeLayer('mask', ({ ctx }) => {
      ctx.save();
      ctx.globalCompositeOperation = 'xor';
      ctx.fillStyle = MASK_TINT;
      ctx.fillRect(0, 0, this.size.width, this.size.height);
      ctx.restore();
    });
  }

  setBackground(colour: string): void {
    const before = this.background;
    if (before === colour) return;
    this.history.push({ kind: 'background', before, after: colour, bytes: 64 });
    this.changed({ background: colour }, ['paint']);
  }

  /** Changes the output size: both layers are resampled to fit, as one undo step. */
  resize(size: OutputSize): void {
    const current = this.size;
    if (current.width === size.width && current.height === size.height) return;
    const before = captureLayers(current, this.paint, this.mask);
    const rect = containRect(current, size);
    for (const bitmap of [this.paint, this.mask]) resampleBitmap(bitmap, size, rect);
    this.live.resize(size);
    const after = captureLayers(size, this.paint, this.mask);
    this.history.push(resizeEntry(before, after));
    this.changed({ size, ...this.resetMask(size, after.mask) }, ['paint', 'mask', 'live']);
  }

  // --- undo --------------------------------------------------------------------------------------

  undo(): boolean {
    return this.apply(this.history.undo(), 'before');
  }

  redo(): boolean {
    return this.apply(this.history.redo(), 'after');
  }

  /** Puts back one side of an undo step; false when there was no step. */
  private apply(entry: DocumentEntry | undefined, side: 'before' | 'after'): boolean {
    if (!entry) return false;
    if (entry.kind === 'patch') {
      const { layer, rect } = entry;
      this.bitmap(layer).ctx.putImageData(entry[side], rect.x, rect.y);
      this.changed(this.syncMask(layer, rect, entry[side]), [layer], rect);
    } else if (entry.kind === 'background') {
      this.changed({ background: entry[side] }, ['paint']);
    } else {
      const state = entry[side];
      applyLayers(state, this.paint, this.mask);
      this.live.resize(state.size);
      const mask = this.resetMask(state.size, state.mask);
      this.changed({ size: state.size, ...mask }, ['paint', 'mask', 'live']);
    }
    return true;
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
    this.live.clear();
    writePixels(this.paint, saved.paint);
    writePixels(this.mask, saved.mask);
    this.live.resize(saved.size);
    this.history.clear();
    this.changed(
      {
        size: saved.size,
        background: saved.background,
        ...this.resetMask(saved.size, saved.mask),
      },
      ['paint', 'mask', 'live'],
    );
  }
}
