import { compositePlan, type CompositeOp } from '../../../lib/geometry/layer-composite.ts';
import { placementMatrix } from '../../../lib/geometry/placement.ts';
import type { Size } from '../../../lib/geometry/points.ts';
import { isEmptyRect, pixelRect, unionRect, type Rect } from '../../../lib/geometry/rect.ts';
import { createOpaqueBitmap, resizeBitmap, type Bitmap } from './bitmap.ts';

import type { Layer } from './layers.ts';

type Ctx = CanvasRenderingContext2D;

/** Draws a composite plan: each layer cut to its area, at its opacity, images through their placement. */
export function drawPlan(
  ctx: Ctx,
  ops: readonly CompositeOp[],
  layers: ReadonlyMap<string, Layer>,
  /** A layer drawn from another canvas (the layer with the stroke being drawn merged in). */
  override?: { id: string; canvas: HTMLCanvasElement },
): void {
  for (const op of ops) {
    const { x, y, width, height } = op.clip;
    if (op.type === 'fill') {
      ctx.fillStyle = op.colour;
      ctx.fillRect(x, y, width, height);
      continue;
    }
    const layer = layers.get(op.id);
    if (!layer) continue;
    ctx.save();
    ctx.globalAlpha = op.opacity;
    if (layer.kind === 'image') {
      ctx.beginPath();
      ctx.rect(x, y, width, height);
      ctx.clip();
      ctx.imageSmoothingQuality = 'high';
      ctx.transform(...placementMatrix(layer.placement, layer.sourceSize));
      ctx.drawImage(layer.source, 0, 0);
    } else {
      const source = override?.id === layer.id ? override.canvas : layer.bitmap.canvas;
      ctx.drawImage(source, x, y, width, height, x, y, width, height);
    }
    ctx.restore();
  }
}

/**
 * The frame as it is sent: background and visible layers flattened into an opaque bitmap. It is
 * brought up to date when read, in the area changes touched since: a stroke costs its own area,
 * an undo costs nothing until the next export.
 */
export class Composite {
  readonly bitmap: Bitmap;
  private dirty: Rect | null;

  constructor(size: Size) {
    this.bitmap = createOpaqueBitmap(size);
    this.dirty = { x: 0, y: 0, ...size };
  }

  /** Something in `area` (everywhere, without one) changed. */
  invalidate(area?: Rect): void {
    const { width, height } = this.bitmap.canvas;
    const whole = { x: 0, y: 0, width, height };
    const rect = area ? pixelRect(area, whole) : whole;
    if (isEmptyRect(rect)) return;
    this.dirty = this.dirty ? unionRect(this.dirty, rect) : rect;
  }

  resize(size: Size): void {
    const { canvas } = this.bitmap;
    if (canvas.width !== size.width || canvas.height !== size.height)
      resizeBitmap(this.bitmap, size);
    this.dirty = { x: 0, y: 0, ...size };
  }

  /** The composite, up to date. */
  update(layers: readonly Layer[], background: string): HTMLCanvasElement {
    if (this.dirty) {
      const byId = new Map(layers.map((layer) => [layer.id, layer]));
      drawPlan(this.bitmap.ctx, compositePlan(layers, this.dirty, background), byId);
      this.dirty = null;
    }
    return this.bitmap.canvas;
  }
}
