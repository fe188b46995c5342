import type { FrameSize } from '../../../lib/geometry/frame.ts';
import type { Placement } from '../../../lib/geometry/placement.ts';
import type { Size } from '../../../lib/geometry/points.ts';
import type { Rect } from '../../../lib/geometry/rect.ts';
import { createBitmap, type Bitmap } from './bitmap.ts';

/** What every layer has, and what the Layers list edits. */
export interface LayerProps {
  name: string;
  visible: boolean;
  /** 0–1. */
  opacity: number;
}

/** A layer the brush and eraser paint on: a bitmap the size of the frame. */
export interface SketchLayer extends LayerProps {
  readonly kind: 'sketch';
  readonly id: string;
  readonly bitmap: Bitmap;
}

/**
 * An imported or opened image: its pixels at their own size (never painted on, so the eraser
 * cannot touch them), placed in the frame by a Transformer. `assetId` names its stored file.
 */
export interface ImageLayer extends LayerProps {
  readonly kind: 'image';
  readonly id: string;
  readonly assetId: string;
  readonly source: CanvasImageSource;
  readonly sourceSize: Size;
  placement: Placement;
}

export type Layer = SketchLayer | ImageLayer;

/** The inpainting mask: one per frame, shown as a tinted overlay, never part of the picture. */
export interface MaskLayer extends LayerProps {
  readonly kind: 'mask';
  readonly id: string;
  readonly bitmap: Bitmap;
}

export type AnyLayer = Layer | MaskLayer;

export interface FrameState {
  size: FrameSize;
  /** Areas added by Extend and not yet filled by an accepted Outpaint. */
  fresh: readonly Rect[];
}

/**
 * The arrangement of the canvas: the frame, the layers bottom to top, the mask and which layer
 * is selected. Undoing an arrangement change swaps one for another: layers taken away stay
 * whole in the undo step, so nothing is copied to undo them.
 */
export interface Arrangement {
  frame: FrameState;
  layers: readonly Layer[];
  mask: MaskLayer;
  selectedId: string | null;
}

/** What React reads of a layer (plain data: the list re-renders only when one changes). */
export interface LayerView {
  id: string;
  kind: 'sketch' | 'image';
  name: string;
  visible: boolean;
  opacity: number;
  placement?: Placement;
  sourceSize?: Size;
}

export const newId = () =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

export function createSketchLayer(size: Size, name: string, id = newId()): SketchLayer {
  return { kind: 'sketch', id, name, visible: true, opacity: 1, bitmap: createBitmap(size) };
}

export function createMask(size: Size, id = newId()): MaskLayer {
  return {
    kind: 'mask',
    id,
    name: 'Mask',
    visible: true,
    opacity: 0.45,
    bitmap: createBitmap(size),
  };
}

export function layerView(layer: Layer): LayerView {
  const base = {
    id: layer.id,
    kind: layer.kind,
    name: layer.name,
    visible: layer.visible,
    opacity: layer.opacity,
  };
  return layer.kind === 'image'
    ? { ...base, placement: layer.placement, sourceSize: layer.sourceSize }
    : base;
}

/** Memory a layer's pixels hold (an image's decoded source included). */
export function layerBytes(layer: AnyLayer): number {
  if (layer.kind === 'image') return layer.sourceSize.width * layer.sourceSize.height * 4;
  return layer.bitmap.canvas.width * layer.bitmap.canvas.height * 4;
}

/** Every layer an arrangement holds, the mask included. */
export const arrangementLayers = (a: Arrangement): AnyLayer[] => [...a.layers, a.mask];

/** The next free "Sketch 2", "Image 3"… name. */
export function nextName(base: string, taken: readonly { name: string }[]): string {
  const names = new Set(taken.map((layer) => layer.name));
  if (!names.has(base)) return base;
  for (let i = 2; ; i++) if (!names.has(`${base} ${i}`)) return `${base} ${i}`;
}
