import { fitPlacement } from '../../../lib/geometry/placement.ts';
import type { Size } from '../../../lib/geometry/points.ts';
import {
  createSketchLayer,
  newId,
  nextName,
  type Arrangement,
  type ImageLayer,
  type Layer,
  type SketchLayer,
} from './layers.ts';

/** A decoded, stored image ready to be placed. */
export interface ImageInput {
  assetId: string;
  source: CanvasImageSource;
  sourceSize: Size;
  name: string;
}

export function imageLayer(
  input: ImageInput,
  frame: Size,
  fit: 'contain' | 'cover',
  id?: string,
): ImageLayer {
  return {
    kind: 'image',
    id: id ?? newId(),
    name: input.name,
    visible: true,
    opacity: 1,
    assetId: input.assetId,
    source: input.source,
    sourceSize: input.sourceSize,
    placement: fitPlacement(input.sourceSize, frame, fit),
  };
}

/** The sketch layer strokes go to: the selected one, else the topmost. */
export function sketchTarget(a: Arrangement): SketchLayer | null {
  const selected = a.layers.find((layer) => layer.id === a.selectedId);
  if (selected?.kind === 'sketch') return selected;
  return [...a.layers].reverse().find((l): l is SketchLayer => l.kind === 'sketch') ?? null;
}

/** An imported image goes right under the layer strokes go to, so drawing stays on top. */
export function withImage(a: Arrangement, image: ImageLayer): Arrangement {
  const target = sketchTarget(a);
  const index = target ? a.layers.indexOf(target) : a.layers.length;
  // Names tell layers apart in the list (and in its buttons' names): "photo", "photo 2".
  const named = { ...image, name: nextName(image.name, a.layers) };
  const layers = [...a.layers.slice(0, index), named, ...a.layers.slice(index)];
  return { ...a, layers, selectedId: image.id };
}

export function withSketchLayer(a: Arrangement): Arrangement {
  const layer = createSketchLayer(a.frame.size, nextName('Sketch', a.layers));
  return { ...a, layers: [...a.layers, layer], selectedId: layer.id };
}

/** Whether a layer may go: the canvas keeps one sketch layer to draw on. */
export function canDelete(a: Arrangement, id: string): boolean {
  const layer = a.layers.find((candidate) => candidate.id === id);
  if (!layer) return false;
  return layer.kind === 'image' || a.layers.filter((l) => l.kind === 'sketch').length > 1;
}

export function withoutLayer(a: Arrangement, id: string): Arrangement {
  const layers = a.layers.filter((layer) => layer.id !== id);
  const selectedId =
    a.selectedId === id
      ? (sketchTarget({ ...a, layers, selectedId: null })?.id ?? null)
      : a.selectedId;
  return { ...a, layers, selectedId };
}

/** One place up (towards the top) or down; null when it is already there. */
export function withLayerMoved(a: Arrangement, id: string, direction: 1 | -1): Arrangement | null {
  const index = a.layers.findIndex((layer) => layer.id === id);
  const to = index + direction;
  if (index < 0 || to < 0 || to >= a.layers.length) return null;
  const layers: Layer[] = [...a.layers];
  [layers[index], layers[to]] = [layers[to]!, layers[index]!];
  return { ...a, layers };
}

/**
 * An accepted result becomes the picture: an image layer filling the frame with an empty sketch
 * layer over it. The mask stays (to inpaint again); an Outpaint result fills the new areas.
 */
export function resultArrangement(
  a: Arrangement,
  input: ImageInput,
  fillsFresh: boolean,
): Arrangement {
  const image = imageLayer(input, a.frame.size, 'contain');
  const sketch = createSketchLayer(a.frame.size, 'Sketch');
  return {
    frame: { size: a.frame.size, fresh: fillsFresh ? [] : a.frame.fresh },
    layers: [image, sketch],
    mask: a.mask,
    selectedId: sketch.id,
  };
}
