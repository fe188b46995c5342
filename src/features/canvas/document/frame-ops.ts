import { moveRects, type FrameSize } from '../../../lib/geometry/frame.ts';
import { containRect } from '../../../lib/geometry/fit.ts';
import { scalePlacement } from '../../../lib/geometry/placement.ts';
import type { Size } from '../../../lib/geometry/points.ts';
import { EMPTY_RECT, intersectRect, type Rect } from '../../../lib/geometry/rect.ts';
import { createBitmap, type Bitmap } from './bitmap.ts';
import { newId, type Arrangement, type ImageLayer, type Layer, type MaskLayer } from './layers.ts';

/** A copy of `bitmap` at `size`, its picture drawn again into `rect` of it. */
function resampled(bitmap: Bitmap, size: Size, rect: Rect): Bitmap {
  const copy = createBitmap(size);
  copy.ctx.imageSmoothingQuality = 'high';
  copy.ctx.drawImage(bitmap.canvas, rect.x, rect.y, rect.width, rect.height);
  return copy;
}

/** The areas a new frame gains around the old picture fitted into it. */
function bands(size: Size, inner: Rect): Rect[] {
  const frame = { x: 0, y: 0, ...size };
  const right = inner.x + inner.width;
  const bottom = inner.y + inner.height;
  return [
    { x: 0, y: 0, width: inner.x, height: size.height },
    { x: right, y: 0, width: size.width - right, height: size.height },
    { x: inner.x, y: 0, width: inner.width, height: inner.y },
    { x: inner.x, y: bottom, width: inner.width, height: size.height - bottom },
  ]
    .map((rect) => intersectRect(rect, frame))
    .filter((rect) => rect.width >= 1 && rect.height >= 1 && rect !== EMPTY_RECT);
}

/**
 * Choosing the frame size directly (loaded when it is first chosen). The whole canvas at another frame size: every layer and the mask scaled to fit and centred, as
 * new layers (the old ones stay whole in the undo step). What the new frame gains around the old
 * picture counts as new area, for Outpaint to fill.
 */
export function resampleArrangement(current: Arrangement, size: FrameSize): Arrangement {
  const old = current.frame.size;
  const rect = containRect(old, size);
  const scale = rect.width / old.width;
  const ids = new Map<string, string>();
  const layers: Layer[] = current.layers.map((layer) => {
    const id = newId();
    ids.set(layer.id, id);
    if (layer.kind === 'image') {
      const image: ImageLayer = {
        ...layer,
        id,
        placement: scalePlacement(layer.placement, scale, rect.x, rect.y),
      };
      return image;
    }
    return { kind: 'sketch', id, ...props(layer), bitmap: resampled(layer.bitmap, size, rect) };
  });
  const mask: MaskLayer = {
    kind: 'mask',
    id: newId(),
    ...props(current.mask),
    bitmap: resampled(current.mask.bitmap, size, rect),
  };
  const scaledFresh = current.frame.fresh.map((r) => ({
    x: r.x * scale + rect.x,
    y: r.y * scale + rect.y,
    width: r.width * scale,
    height: r.height * scale,
  }));
  return {
    frame: { size, fresh: [...moveRects(scaledFresh, { x: 0, y: 0 }, size), ...bands(size, rect)] },
    layers,
    mask,
    selectedId: current.selectedId ? (ids.get(current.selectedId) ?? null) : null,
  };
}

const props = (layer: { name: string; visible: boolean; opacity: number }) => ({
  name: layer.name,
  visible: layer.visible,
  opacity: layer.opacity,
});
