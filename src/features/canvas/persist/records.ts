import type { FrameSize } from '../../../lib/geometry/frame.ts';
import type { Placement } from '../../../lib/geometry/placement.ts';
import type { Rect } from '../../../lib/geometry/rect.ts';
import { isOutputSize } from '../lib/canvas-settings.ts';
import { isHexColour } from '../lib/colour.ts';
import {
  imageBytes,
  PATCH_OVERHEAD,
  type DocumentEntry,
  type LayerChange,
} from '../document/history-entries.ts';
import {
  createMask,
  type AnyLayer,
  type Arrangement,
  type FrameState,
  type Layer,
  type MaskLayer,
} from '../document/layers.ts';

/**
 * What the canvas keeps in IndexedDB, and the checks that read it back. Everything read is
 * checked (an older version or a damaged store must not break the canvas): what does not fit is
 * left out, and a step that refers to something missing ends the history there.
 *
 * Keys: `doc` (this record), `layer:<id>`, `tile:<id>:<column>:<row>` (a layer's pixels in 128²
 * tiles, absent where transparent), `entry:<seq>` (undo steps), `asset:<id>` (image files).
 */
export const DOC_KEY = 'doc';
export const layerKey = (id: string) => `layer:${id}`;
export const tileKey = (id: string, column: number, row: number) => `tile:${id}:${column}:${row}`;
export const entryKey = (seq: number) => `entry:${seq}`;
export const assetKey = (id: string) => `asset:${id}`;

export const STORE_VERSION = 2;

export interface StoredPixels {
  width: number;
  height: number;
  data: Uint8ClampedArray<ArrayBuffer>;
}

export interface StoredArrangement {
  frame: FrameState;
  layerIds: string[];
  maskId: string;
  selectedId: string | null;
}

export interface StoredDoc extends StoredArrangement {
  version: typeof STORE_VERSION;
  background: string;
  history: { done: number[]; undone: number[] };
}

export interface StoredLayer {
  id: string;
  kind: AnyLayer['kind'];
  name: string;
  visible: boolean;
  opacity: number;
  /** Sketch layers and masks: their bitmap's size. */
  width: number;
  height: number;
  assetId?: string;
  sourceWidth?: number;
  sourceHeight?: number;
  placement?: Placement;
}

export type StoredEntry =
  | {
      kind: 'patch';
      seq: number;
      target: string;
      rect: Rect;
      /** Null: that side is transparent. */
      pixels: StoredPixels | null;
      currentEmpty: boolean;
    }
  | { kind: 'background'; seq: number; other: string }
  | { kind: 'props'; seq: number; target: string; other: LayerChange; mergeKey: string }
  | { kind: 'extend'; seq: number; other: FrameState; offset: { x: number; y: number } }
  | { kind: 'arrangement'; seq: number; other: StoredArrangement; otherBackground: string };

// --- writing ----------------------------------------------------------------------------------

export const storeArrangement = (a: Arrangement): StoredArrangement => ({
  frame: { size: a.frame.size, fresh: [...a.frame.fresh] },
  layerIds: a.layers.map((layer) => layer.id),
  maskId: a.mask.id,
  selectedId: a.selectedId,
});

export function storeLayer(layer: AnyLayer): StoredLayer {
  const base = {
    id: layer.id,
    kind: layer.kind,
    name: layer.name,
    visible: layer.visible,
    opacity: layer.opacity,
  };
  if (layer.kind === 'image') {
    return {
      ...base,
      width: 0,
      height: 0,
      assetId: layer.assetId,
      sourceWidth: layer.sourceSize.width,
      sourceHeight: layer.sourceSize.height,
      placement: layer.placement,
    };
  }
  return { ...base, width: layer.bitmap.canvas.width, height: layer.bitmap.canvas.height };
}

export const storePixels = (image: ImageData): StoredPixels => ({
  width: image.width,
  height: image.height,
  data: image.data,
});

export function storeEntry(entry: DocumentEntry): StoredEntry {
  switch (entry.kind) {
    case 'patch':
      return {
        kind: 'patch',
        seq: entry.seq,
        target: entry.target,
        rect: entry.rect,
        pixels: entry.pixels ? storePixels(entry.pixels) : null,
        currentEmpty: entry.currentEmpty,
      };
    case 'background':
      return { kind: 'background', seq: entry.seq, other: entry.other };
    case 'props':
      return {
        kind: 'props',
        seq: entry.seq,
        target: entry.target,
        other: entry.other,
        mergeKey: entry.mergeKey,
      };
    case 'extend':
      return { kind: 'extend', seq: entry.seq, other: entry.other, offset: entry.offset };
    case 'arrangement':
      return {
        kind: 'arrangement',
        seq: entry.seq,
        other: storeArrangement(entry.other),
        otherBackground: entry.otherBackground,
      };
  }
}

// --- reading ----------------------------------------------------------------------------------

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const isRect = (value: unknown): value is Rect =>
  isObject(value) &&
  isNumber(value.x) &&
  isNumber(value.y) &&
  isNumber(value.width) &&
  isNumber(value.height);
const isPlacement = (value: unknown): value is Placement =>
  isRect(value) && isNumber((value as unknown as Record<string, unknown>).rotation);
const isFrameSize = (value: unknown): value is FrameSize =>
  isObject(value) &&
  isNumber(value.width) &&
  isNumber(value.height) &&
  isOutputSize(value as never);

export function readPixels(value: unknown): StoredPixels | null {
  if (!isObject(value) || !isNumber(value.width) || !isNumber(value.height)) return null;
  const { data } = value;
  // By its tag, not instanceof: what storage hands back may come from another realm.
  const clamped = Object.prototype.toString.call(data) === '[object Uint8ClampedArray]';
  if (!clamped || (data as Uint8ClampedArray).length !== value.width * value.height * 4) {
    return null;
  }
  return { width: value.width, height: value.height, data: data as Uint8ClampedArray<ArrayBuffer> };
}

/** Stored pixels as drawable ImageData. */
export function pixelsToImageData(p: StoredPixels): ImageData {
  // An array from another realm (what some IndexedDB implementations return) is wrapped, not copied.
  const view: ArrayBufferView = p.data;
  const data =
    p.data instanceof Uint8ClampedArray
      ? p.data
      : new Uint8ClampedArray(view.buffer as ArrayBuffer, view.byteOffset, view.byteLength);
  return new ImageData(data, p.width, p.height);
}

export function readFrame(value: unknown): FrameState | null {
  if (!isObject(value) || !isFrameSize(value.size) || !Array.isArray(value.fresh)) return null;
  return {
    size: { width: value.size.width, height: value.size.height },
    fresh: value.fresh.filter(isRect),
  };
}

export function readArrangement(value: unknown): StoredArrangement | null {
  if (!isObject(value)) return null;
  const frame = readFrame(value.frame);
  const ids = value.layerIds;
  if (!frame || !Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) return null;
  if (typeof value.maskId !== 'string') return null;
  const selectedId = typeof value.selectedId === 'string' ? value.selectedId : null;
  return { frame, layerIds: ids as string[], maskId: value.maskId, selectedId };
}

export function readDoc(value: unknown): StoredDoc | null {
  if (!isObject(value) || value.version !== STORE_VERSION) return null;
  const arrangement = readArrangement(value);
  const history = value.history;
  if (!arrangement || !isObject(history)) return null;
  const seqs = (list: unknown) => (Array.isArray(list) ? list.filter(isNumber) : []);
  return {
    version: STORE_VERSION,
    ...arrangement,
    background:
      typeof value.background === 'string' && isHexColour(value.background)
        ? value.background
        : '#ffffff',
    history: { done: seqs(history.done), undone: seqs(history.undone) },
  };
}

export function readLayer(value: unknown): StoredLayer | null {
  if (!isObject(value) || typeof value.id !== 'string' || typeof value.name !== 'string') {
    return null;
  }
  const kind = value.kind;
  if (kind !== 'sketch' && kind !== 'image' && kind !== 'mask') return null;
  const opacity = isNumber(value.opacity) ? Math.min(1, Math.max(0, value.opacity)) : 1;
  const base = {
    id: value.id,
    kind: kind as StoredLayer['kind'],
    name: value.name.slice(0, 80),
    visible: value.visible !== false,
    opacity,
  };
  if (kind === 'image') {
    if (
      typeof value.assetId !== 'string' ||
      !isNumber(value.sourceWidth) ||
      !isNumber(value.sourceHeight) ||
      !isPlacement(value.placement)
    ) {
      return null;
    }
    return {
      ...base,
      width: 0,
      height: 0,
      assetId: value.assetId,
      sourceWidth: value.sourceWidth,
      sourceHeight: value.sourceHeight,
      placement: value.placement,
    };
  }
  if (!isFrameSize(value)) return null;
  return { ...base, width: value.width, height: value.height };
}

/**
 * Builds an arrangement from stored ids; null when a layer it names is not there. `lenient`
 * (the canvas as it was last, not an undo step) leaves such a layer out instead, and puts an
 * empty mask in place of a missing one: one unreadable image does not cost the rest.
 */
export function resolveArrangement(
  stored: StoredArrangement,
  layers: ReadonlyMap<string, AnyLayer>,
  lenient = false,
): Arrangement | null {
  const list: Layer[] = [];
  for (const id of stored.layerIds) {
    const layer = layers.get(id);
    if (layer && layer.kind !== 'mask') list.push(layer);
    else if (!lenient) return null;
  }
  let mask = layers.get(stored.maskId);
  if (mask?.kind !== 'mask') {
    if (!lenient) return null;
    mask = createMask(stored.frame.size);
  }
  const selectedId = list.some((layer) => layer.id === stored.selectedId)
    ? stored.selectedId
    : null;
  return { frame: stored.frame, layers: list, mask: mask as MaskLayer, selectedId };
}

/**
 * A stored step as the document holds it, or null when it is damaged or refers to a layer that
 * is not there. `toImageData` makes the pixels drawable (ImageData is not what IndexedDB keeps).
 */
export function readEntry(
  value: unknown,
  layers: ReadonlyMap<string, AnyLayer>,
  toImageData: (pixels: StoredPixels) => ImageData,
): DocumentEntry | null {
  if (!isObject(value) || !isNumber(value.seq)) return null;
  const seq = value.seq;
  switch (value.kind) {
    case 'patch': {
      const transparent = value.pixels === null;
      const pixels = transparent ? null : readPixels(value.pixels);
      const rect = value.rect;
      if (typeof value.target !== 'string' || !layers.has(value.target)) return null;
      if (!isRect(rect) || (!transparent && !pixels)) return null;
      if (pixels && (rect.width !== pixels.width || rect.height !== pixels.height)) return null;
      const image = pixels ? toImageData(pixels) : null;
      return {
        kind: 'patch',
        seq,
        target: value.target,
        rect,
        pixels: image,
        currentEmpty: value.currentEmpty === true,
        bytes: imageBytes(image) + PATCH_OVERHEAD,
      };
    }
    case 'background':
      return typeof value.other === 'string' && isHexColour(value.other)
        ? { kind: 'background', seq, other: value.other, bytes: 64 }
        : null;
    case 'props': {
      if (typeof value.target !== 'string' || !layers.has(value.target)) return null;
      if (!isObject(value.other)) return null;
      const other: LayerChange = {};
      const o = value.other;
      if (typeof o.name === 'string') other.name = o.name;
      if (typeof o.visible === 'boolean') other.visible = o.visible;
      if (isNumber(o.opacity)) other.opacity = Math.min(1, Math.max(0, o.opacity));
      if (isPlacement(o.placement)) other.placement = o.placement;
      const mergeKey = typeof value.mergeKey === 'string' ? value.mergeKey : '';
      return { kind: 'props', seq, target: value.target, other, mergeKey, at: 0, bytes: 128 };
    }
    case 'extend': {
      const other = readFrame(value.other);
      const offset = value.offset;
      if (!other || !isObject(offset) || !isNumber(offset.x) || !isNumber(offset.y)) return null;
      return { kind: 'extend', seq, other, offset: { x: offset.x, y: offset.y }, bytes: 128 };
    }
    case 'arrangement': {
      const stored = readArrangement(value.other);
      const other = stored ? resolveArrangement(stored, layers) : null;
      const background = value.otherBackground;
      if (!other || typeof background !== 'string' || !isHexColour(background)) return null;
      return { kind: 'arrangement', seq, other, otherBackground: background, bytes: 0 };
    }
    default:
      return null;
  }
}
