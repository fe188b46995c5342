import { placementBounds, type Placement } from './placement.ts';
import { intersectRect, isEmptyRect, type Rect } from './rect.ts';

/** What compositing needs to know of a layer (its pixels stay with the document). */
export interface CompositeLayer {
  readonly id: string;
  readonly kind: 'image' | 'sketch';
  readonly visible: boolean;
  readonly opacity: number;
  /** Image layers only: where the image is drawn. Sketch layers cover the frame. */
  readonly placement?: Placement;
}

export type CompositeOp =
  | { type: 'fill'; colour: string; clip: Rect }
  | { type: 'draw'; id: string; opacity: number; clip: Rect; placement?: Placement };

/**
 * How to composite the frame's `area`: the background colour, then every visible layer from the
 * bottom up at its opacity, cut to the area. Layers that cannot touch the area are left out, so a
 * stroke's update costs what the layers under it cost, not the whole frame. The mask is not a
 * layer here: it goes to the API apart.
 */
export function compositePlan(
  layers: readonly CompositeLayer[],
  area: Rect,
  background: string,
): CompositeOp[] {
  if (isEmptyRect(area)) return [];
  const ops: CompositeOp[] = [{ type: 'fill', colour: background, clip: area }];
  for (const layer of layers) {
    if (!layer.visible || layer.opacity <= 0) continue;
    const reach = layer.placement ? placementBounds(layer.placement) : area;
    const clip = intersectRect(reach, area);
    if (isEmptyRect(clip)) continue;
    ops.push({
      type: 'draw',
      id: layer.id,
      opacity: Math.min(1, layer.opacity),
      clip,
      ...(layer.placement ? { placement: layer.placement } : {}),
    });
  }
  return ops;
}
