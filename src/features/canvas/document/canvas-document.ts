import {
  extendFrame,
  moveRects,
  type ExtendSide,
  type FrameSize,
} from '../../../lib/geometry/frame.ts';
import { placementBounds, type Placement } from '../../../lib/geometry/placement.ts';
import type { ImagePoint } from '../../../lib/geometry/points.ts';
import { isEmptyRect, unionRect, type Rect } from '../../../lib/geometry/rect.ts';
import { DEFAULT_OUTPUT_SIZE } from '../lib/canvas-settings.ts';
import { toHex } from '../lib/colour.ts';
import { createExternalStore, type ExternalStore } from '../lib/external-store.ts';
import { Listeners } from '../lib/listeners.ts';
import { UndoHistory, type HistoryLimits } from '../lib/undo-history.ts';
import type { ToolEffect } from '../tools/tool-types.ts';
import { shiftBitmap, type Bitmap } from './bitmap.ts';
import { Composite } from './composite.ts';
import {
  DEFAULT_BACKGROUND,
  MASK_TINT,
  RENDER_ALL,
  RENDER_BACKGROUND,
  RENDER_LIVE,
  RENDER_MASK,
  type DocumentState,
  type RenderTarget,
} from './document-state.ts';
import { sketchTarget } from './arrange-ops.ts';
import {
  capture,
  imageBytes,
  PATCH_OVERHEAD,
  swapPatch,
  type DocumentEntry,
  type LayerChange,
} from './history-entries.ts';
import {
  arrangementLayers,
  createMask,
  createSketchLayer,
  layerBytes,
  layerView,
  type AnyLayer,
  type Arrangement,
  type Layer,
  type LayerView,
  type SketchLayer,
} from './layers.ts';
import { LiveLayer, type LiveStroke } from './live-stroke.ts';
import { MaskCoverage } from './mask-coverage.ts';
import { maskPixels } from './mask-pixels.ts';

/** What changed in a step, for storage: pixels by layer, layer descriptions, undo steps. */
export interface DocumentChange {
  pixels: Array<{ id: string; rect: Rect }>;
  /** Layers whose size changed: every stored tile of theirs is written again. */
  resized: string[];
  layers: string[];
  written: DocumentEntry[];
  dropped: DocumentEntry[];
}

type EntryInput = DocumentEntry extends infer E
  ? E extends DocumentEntry
    ? Omit<E, 'seq'>
    : never
  : never;

/** Slider drags (opacity, a typed position) merge into one step while they follow within this. */
const MERGE_MS = 1_000;

/**
 * The canvas: a frame the API's size, layers bottom to top (images placed by a transformer,
 * sketch layers painted on), a mask, a background colour, the stroke being drawn and the undo
 * history. A finished stroke is flattened into its layer at once, so drawing costs the same with
 * ten strokes or ten thousand; its undo step keeps only the pixels of the area it touched.
 */
export class CanvasDocument {
  private current: Arrangement;
  private backgroundColour = DEFAULT_BACKGROUND;
  private readonly history: UndoHistory<DocumentEntry>;
  private seq = 0;
  /** The stroke being drawn, outside the layers until it is committed. */
  readonly live: LiveLayer;
  /** The mask binarised, kept in step with the mask layer for the export. */
  readonly maskBits: MaskCoverage;
  /** Background and layers flattened: what the sketch export encodes. */
  readonly composite: Composite;
  readonly state: ExternalStore<DocumentState>;
  private liveTarget: string | null = null;
  private readonly renderListeners = new Listeners<ReadonlySet<RenderTarget>>();
  private readonly liveListeners = new Listeners();
  private readonly changeListeners = new Listeners<DocumentChange>();

  constructor(size: FrameSize = DEFAULT_OUTPUT_SIZE, limits?: HistoryLimits) {
    const sketch = createSketchLayer(size, 'Sketch');
    this.current = {
      frame: { size, fresh: [] },
      layers: [sketch],
      mask: createMask(size),
      selectedId: sketch.id,
    };
    this.history = new UndoHistory(limits);
    this.live = new LiveLayer(size);
    this.maskBits = new MaskCoverage(size);
    this.composite = new Composite(size);
    this.state = createExternalStore(this.describe(0, 0));
  }

  // --- reading ----------------------------------------------------------------------------------

  get size(): FrameSize {
    return this.current.frame.size;
  }

  get background(): string {
    return this.backgroundColour;
  }

  get arrangement(): Arrangement {
    return this.current;
  }

  get layers(): readonly Layer[] {
    return this.current.layers;
  }

  get mask() {
    return this.current.mask;
  }

  layer(id: string): Layer | undefined {
    return this.current.layers.find((layer) => layer.id === id);
  }

  /** The sketch layer strokes go to: the selected one, else the topmost. */
  get sketchTarget(): SketchLayer | null {
    return sketchTarget(this.current);
  }

  /** Every layer the document or its history holds, by id (what storage must keep). */
  allLayers(): Map<string, AnyLayer> {
    const all = new Map<string, AnyLayer>();
    const add = (a: Arrangement) => {
      for (const layer of arrangementLayers(a)) all.set(layer.id, layer);
    };
    add(this.current);
    const { done, undone } = this.history.entries;
    for (const entry of [...done, ...undone]) if (entry.kind === 'arrangement') add(entry.other);
    return all;
  }

  get historyEntries() {
    return this.history.entries;
  }

  /** The composite, up to date. */
  compositeCanvas(): HTMLCanvasElement {
    return this.composite.update(this.current.layers, this.backgroundColour);
  }

  /** The colour under an image point, as the frame is sent. */
  pickColour(point: ImagePoint): string | null {
    const x = Math.floor(point.x);
    const y = Math.floor(point.y);
    if (x < 0 || y < 0 || x >= this.size.width || y >= this.size.height) return null;
    const pixel = this.compositeCanvas().getContext('2d')!.getImageData(x, y, 1, 1).data;
    return toHex(pixel[0]!, pixel[1]!, pixel[2]!);
  }

  // --- listening --------------------------------------------------------------------------------

  /** The stage subscribes here to redraw its Konva layers. */
  onRender(listener: (targets: ReadonlySet<RenderTarget>) => void): () => void {
    return this.renderListeners.add(listener);
  }

  /** Live mode listens here: a stroke on a sketch layer being drawn (or dropped) changed the picture. */
  onLiveSketch(listener: () => void): () => void {
    return this.liveListeners.add(listener);
  }

  /** Storage listens here. */
  onChange(listener: (change: DocumentChange) => void): () => void {
    return this.changeListeners.add(listener);
  }

  private describe(version: number, maskCoverage: number): DocumentState {
    const a = this.current;
    return {
      version,
      size: a.frame.size,
      background: this.backgroundColour,
      canUndo: this.history.canUndo,
      canRedo: this.history.canRedo,
      undoDepth: this.history.undoDepth,
      redoDepth: this.history.redoDepth,
      maskCoverage,
      layers: this.layerViews(),
      selectedId: a.selectedId,
      mask: { visible: a.mask.visible, opacity: a.mask.opacity },
      fresh: a.frame.fresh,
    };
  }

  private views: readonly LayerView[] = [];

  /**
   * The layers as React reads them, the same objects while they do not change: a stroke changes
   * no layer's description, so the Layers list and the stage's layer nodes do not render again.
   */
  private layerViews(): readonly LayerView[] {
    const previous = this.views;
    const next = this.current.layers.map((layer, i) => {
      const old = previous[i];
      const view = layerView(layer);
      return old &&
        old.id === view.id &&
        old.name === view.name &&
        old.visible === view.visible &&
        old.opacity === view.opacity &&
        old.placement === view.placement
        ? old
        : view;
    });
    const same = next.length === previous.length && next.every((view, i) => view === previous[i]);
    return same ? previous : (this.views = next);
  }

  /** A committed change: a new version for React, storage told, the stage redrawn. */
  private changed(
    targets: RenderTarget[],
    change: Partial<DocumentChange> = {},
    maskCoverage = this.state.get().maskCoverage,
  ): void {
    this.state.set((s) => this.describe(s.version + 1, maskCoverage));
    this.changeListeners.emit({
      pixels: change.pixels ?? [],
      resized: change.resized ?? [],
      layers: change.layers ?? [],
      written: change.written ?? [],
      dropped: change.dropped ?? [],
    });
    this.renderListeners.emit(new Set(targets));
  }

  private record(entry: EntryInput): { written: DocumentEntry[]; dropped: DocumentEntry[] } {
    const full = { ...entry, seq: ++this.seq } as DocumentEntry;
    const dropped = this.history.push(full);
    return { written: [full], dropped };
  }

  // --- the stroke being drawn -------------------------------------------------------------------

  get liveStroke(): LiveStroke | null {
    return this.live.stroke;
  }

  /** The layer the stroke being drawn goes to. */
  get liveLayerId(): string | null {
    return this.live.stroke ? this.liveTarget : null;
  }

  /**
   * Starts a stroke on the sketch target or the mask; false (nothing starts) when the target is
   * hidden, so nothing is painted where it cannot be seen.
   */
  beginStroke(stroke: Omit<LiveStroke, 'bounds'>): boolean {
    const target = stroke.layer === 'mask' ? this.current.mask : this.sketchTarget;
    if (!target || !target.visible) return false;
    this.liveTarget = target.id;
    this.live.begin(stroke);
    return true;
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
    const stroke = this.live.stroke;
    const target = this.liveTarget;
    this.live.clear();
    this.liveTarget = null;
    this.renderListeners.emit(new Set([RENDER_LIVE, ...(target ? [target] : [])]));
    if (stroke?.layer === 'paint') this.liveListeners.emit();
  }

  private bitmapOf(id: string): Bitmap | null {
    if (id === this.current.mask.id) return this.current.mask.bitmap;
    const layer = this.layer(id);
    return layer?.kind === 'sketch' ? layer.bitmap : null;
  }

  /** Flattens the live stroke into its layer: one write, one undo step. */
  commitStroke(): void {
    const stroke = this.live.stroke;
    const target = this.liveTarget;
    const bitmap = target ? this.bitmapOf(target) : null;
    const rect = this.live.touched();
    if (!stroke || !target || !bitmap || isEmptyRect(rect)) {
      this.cancelStroke();
      return;
    }
    const before = capture(bitmap, rect);
    this.live.mergeInto(bitmap.ctx, rect);
    this.live.clear();
    this.liveTarget = null;
    this.commitPatch(target, bitmap, rect, before, [RENDER_LIVE]);
  }

  /** Records that `bitmap` (a sketch layer or the mask) changed in `rect`, `before` holding its old pixels. */
  private commitPatch(
    target: string,
    bitmap: Bitmap,
    rect: Rect,
    before: ImageData,
    extra: RenderTarget[] = [],
    { cleared = false } = {},
  ): void {
    const history = this.record({
      kind: 'patch',
      target,
      rect,
      pixels: before,
      currentEmpty: cleared,
      bytes: imageBytes(before) + PATCH_OVERHEAD,
    });
    const isMask = target === this.current.mask.id;
    let coverage = this.state.get().maskCoverage;
    if (isMask) coverage += this.maskBits.write(rect, capture(bitmap, rect).data);
    else this.composite.invalidate(rect);
    this.changed(
      [...extra, isMask ? RENDER_MASK : target],
      { pixels: [{ id: target, rect }], ...history },
      coverage,
    );
  }

  // --- whole-layer pixel changes ----------------------------------------------------------------

  /** Empties a sketch layer or the mask, as one undo step. */
  clearLayer(id: string): void {
    const bitmap = this.bitmapOf(id);
    if (!bitmap) return;
    const whole = { x: 0, y: 0, ...this.size };
    const before = capture(bitmap, whole);
    bitmap.ctx.clearRect(0, 0, whole.width, whole.height);
    this.commitPatch(id, bitmap, whole, before, [], { cleared: true });
  }

  /**
   * Gives the mask new coverage (grow, shrink, invert, the magic wand, Outpaint's area) as one
   * undo step over the area that changed. `next` has one value per pixel, 255 or 0.
   */
  setMaskCoverage(next: Uint8Array, changed: Rect | null): boolean {
    if (!changed || isEmptyRect(changed)) return false;
    const { bitmap, id } = this.current.mask;
    const before = capture(bitmap, changed);
    bitmap.ctx.putImageData(maskPixels(next, this.size.width, changed), changed.x, changed.y);
    this.commitPatch(id, bitmap, changed, before);
    return true;
  }

  // --- layer properties ------------------------------------------------------------------------

  private findAny(id: string): AnyLayer | undefined {
    return id === this.current.mask.id ? this.current.mask : this.layer(id);
  }

  /**
   * Renames, hides, shows, fades or places a layer (or the mask overlay). With `merge`, a change
   * that follows one of the same kind on the same layer within a second joins its undo step.
   */
  setLayerProps(id: string, change: LayerChange, merge?: string): void {
    const layer = this.findAny(id);
    if (!layer) return;
    const other: LayerChange = {};
    for (const key of Object.keys(change) as Array<keyof LayerChange>) {
      (other as Record<string, unknown>)[key] = (layer as unknown as Record<string, unknown>)[key];
    }
    const area = this.propsArea(layer, change);
    Object.assign(layer, change);
    const top = this.history.peek();
    const now = Date.now();
    let history: ReturnType<CanvasDocument['record']> | { written: DocumentEntry[] };
    if (
      merge &&
      top?.kind === 'props' &&
      top.target === id &&
      top.mergeKey === merge &&
      now - top.at < MERGE_MS
    ) {
      top.at = now;
      history = { written: [top] };
    } else {
      history = this.record({
        kind: 'props',
        target: id,
        other,
        mergeKey: merge ?? '',
        at: now,
        bytes: 128,
      });
    }
    this.afterProps(layer, area, history);
  }

  /** The frame area a change of a layer's look touches (an image's old and new place). */
  private propsArea(layer: AnyLayer, change: LayerChange): Rect | undefined {
    if (layer.kind !== 'image') return undefined;
    const before = placementBounds(layer.placement);
    return change.placement ? unionRect(before, placementBounds(change.placement)) : before;
  }

  private afterProps(
    layer: AnyLayer,
    area: Rect | undefined,
    history: Partial<DocumentChange>,
  ): void {
    if (layer.kind !== 'mask') this.composite.invalidate(area);
    this.changed([layer.kind === 'mask' ? RENDER_MASK : layer.id], {
      layers: [layer.id],
      ...history,
    });
  }

  /** Chooses the layer strokes and the transformer act on (not an undo step). */
  select(id: string | null): void {
    if (this.current.selectedId === id || (id !== null && !this.layer(id))) return;
    this.current = { ...this.current, selectedId: id };
    this.state.set((s) => ({ ...s, selectedId: id }));
  }

  setBackground(colour: string): void {
    const other = this.backgroundColour;
    if (other === colour) return;
    this.backgroundColour = colour;
    this.composite.invalidate();
    this.changed([RENDER_BACKGROUND], this.record({ kind: 'background', other, bytes: 64 }));
  }

  // --- the arrangement -------------------------------------------------------------------------

  /** Replaces the arrangement (and maybe the background) as one undo step. */
  arrange(next: Arrangement, background = this.backgroundColour): void {
    const other = this.current;
    const otherBackground = this.backgroundColour;
    this.current = next;
    this.backgroundColour = background;
    const bytes = this.detachedBytes(other, next);
    const history = this.record({ kind: 'arrangement', other, otherBackground, bytes });
    this.afterArrangement(other, history);
  }

  /** Memory the layers of `other` that are not in `current` hold. */
  private detachedBytes(other: Arrangement, current: Arrangement): number {
    const kept = new Set(arrangementLayers(current).map((layer) => layer.id));
    return arrangementLayers(other)
      .filter((layer) => !kept.has(layer.id))
      .reduce((sum, layer) => sum + layerBytes(layer), 256);
  }

  private afterArrangement(previous: Arrangement, history: Partial<DocumentChange>): void {
    const size = this.size;
    const resized = previous.frame.size !== size;
    if (resized) this.live.resize(size);
    this.composite.resize(size);
    let coverage = this.state.get().maskCoverage;
    if (resized || previous.mask !== this.current.mask) {
      const { bitmap } = this.current.mask;
      coverage = this.maskBits.reset(size, capture(bitmap, { x: 0, y: 0, ...size }).data);
    }
    const added = arrangementLayers(this.current).filter(
      (layer) => !arrangementLayers(previous).includes(layer),
    );
    this.changed([RENDER_ALL], { layers: added.map((layer) => layer.id), ...history }, coverage);
  }

  /** Grows the frame on one side to the next size the API takes, keeping everything where it is. */
  extend(side: ExtendSide): boolean {
    const grown = extendFrame(this.size, side);
    if (!grown) return false;
    const other = this.current.frame;
    const fresh = [...moveRects(other.fresh, grown.offset, grown.size), grown.added];
    const history = this.record({ kind: 'extend', other, offset: grown.offset, bytes: 128 });
    this.reframe({ size: grown.size, fresh }, grown.offset, history);
    return true;
  }

  /** Gives every current layer a frame of `frame.size`, their pictures moved by `offset`. */
  private reframe(
    frame: Arrangement['frame'],
    offset: { x: number; y: number },
    history: Partial<DocumentChange>,
  ): void {
    const size = frame.size;
    const previous = this.current;
    for (const layer of previous.layers) {
      if (layer.kind === 'sketch') shiftBitmap(layer.bitmap, size, offset);
      else layer.placement = movePlacementBy(layer.placement, offset);
    }
    shiftBitmap(previous.mask.bitmap, size, offset);
    this.current = { ...previous, frame };
    const ids = arrangementLayers(this.current).map((layer) => layer.id);
    const sketches = [
      ...previous.layers.filter((l) => l.kind === 'sketch').map((l) => l.id),
      previous.mask.id,
    ];
    this.live.resize(size);
    this.composite.resize(size);
    const coverage = this.maskBits.reset(
      size,
      capture(previous.mask.bitmap, { x: 0, y: 0, ...size }).data,
    );
    this.changed([RENDER_ALL], { layers: ids, resized: sketches, ...history }, coverage);
  }

  // --- undo --------------------------------------------------------------------------------------

  undo(): boolean {
    return this.apply(this.history.undo());
  }

  redo(): boolean {
    return this.apply(this.history.redo());
  }

  /** Puts back the other side of a step, which then holds this side: undo and redo alike. */
  private apply(entry: DocumentEntry | undefined): boolean {
    if (!entry) return false;
    const history = { written: [entry] };
    switch (entry.kind) {
      case 'patch': {
        const bitmap = this.bitmapOf(entry.target);
        if (!bitmap) return false;
        const incoming = entry.pixels;
        swapPatch(entry, bitmap);
        const isMask = entry.target === this.current.mask.id;
        let coverage = this.state.get().maskCoverage;
        if (isMask) {
          const { width, height } = entry.rect;
          const pixels = incoming?.data ?? new Uint8ClampedArray(width * height * 4);
          coverage += this.maskBits.write(entry.rect, pixels);
        } else this.composite.invalidate(entry.rect);
        this.changed(
          [isMask ? RENDER_MASK : entry.target],
          { pixels: [{ id: entry.target, rect: entry.rect }], ...history },
          coverage,
        );
        break;
      }
      case 'background': {
        [this.backgroundColour, entry.other] = [entry.other, this.backgroundColour];
        this.composite.invalidate();
        this.changed([RENDER_BACKGROUND], history);
        break;
      }
      case 'props': {
        const layer = this.findAny(entry.target);
        if (!layer) return false;
        const mine: LayerChange = {};
        for (const key of Object.keys(entry.other) as Array<keyof LayerChange>) {
          (mine as Record<string, unknown>)[key] = (layer as unknown as Record<string, unknown>)[
            key
          ];
        }
        const area = this.propsArea(layer, entry.other);
        Object.assign(layer, entry.other);
        entry.other = mine;
        // Undone and redone, a step no longer merges with the next change.
        entry.at = 0;
        this.afterProps(layer, area, history);
        break;
      }
      case 'extend': {
        const mine = this.current.frame;
        const growing =
          entry.other.size.width * entry.other.size.height > mine.size.width * mine.size.height;
        const offset = growing ? entry.offset : { x: -entry.offset.x, y: -entry.offset.y };
        const frame = entry.other;
        entry.other = mine;
        this.reframe(frame, offset, history);
        break;
      }
      case 'arrangement': {
        const previous = this.current;
        this.current = entry.other;
        entry.other = previous;
        [this.backgroundColour, entry.otherBackground] = [
          entry.otherBackground,
          this.backgroundColour,
        ];
        entry.bytes = this.detachedBytes(previous, this.current);
        this.afterArrangement(previous, history);
        break;
      }
    }
    return true;
  }

  // --- loading ---------------------------------------------------------------------------------

  /** Puts back a stored document and its history (after a reload): no undo step, nothing to save. */
  restore(
    arrangement: Arrangement,
    background: string,
    history: { done: DocumentEntry[]; undone: DocumentEntry[] },
  ): DocumentEntry[] {
    this.live.clear();
    this.current = arrangement;
    this.backgroundColour = background;
    // What an arrangement step holds is the layers it keeps apart: counted again, as when recorded.
    for (const entry of [...history.done, ...history.undone]) {
      if (entry.kind === 'arrangement') entry.bytes = this.detachedBytes(entry.other, arrangement);
    }
    const dropped = this.history.load(history.done, history.undone);
    this.seq = Math.max(0, ...[...history.done, ...history.undone].map((e) => e.seq));
    const size = this.size;
    this.live.resize(size);
    this.composite.resize(size);
    const coverage = this.maskBits.reset(
      size,
      capture(arrangement.mask.bitmap, { x: 0, y: 0, ...size }).data,
    );
    this.state.set((s) => this.describe(s.version + 1, coverage));
    this.renderListeners.emit(new Set([RENDER_ALL]));
    return dropped;
  }
}

function movePlacementBy(p: Placement, offset: { x: number; y: number }): Placement {
  return { ...p, x: p.x + offset.x, y: p.y + offset.y };
}
