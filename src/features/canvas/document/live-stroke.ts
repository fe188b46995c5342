import {
  EMPTY_RECT,
  isEmptyRect,
  pixelRect,
  unionRect,
  type Rect,
} from '../../../lib/geometry/rect.ts';
import type { Size } from '../../../lib/geometry/points.ts';
import type { Blend, LayerId } from '../tools/tool-catalog.ts';
import type { ToolEffect } from '../tools/tool-types.ts';
import { createBitmap, resizeBitmap, type Bitmap } from './bitmap.ts';
import { paintEffect, replacesLive } from './painter.ts';

export interface LiveStroke {
  layer: LayerId;
  blend: Blend;
  colour: string;
  opacity: number;
  /** Everything the stroke touched so far, in image pixels. */
  bounds: Rect;
}

/**
 * The stroke being drawn: a bitmap of its own, in image pixels, at full opacity (the stroke's
 * opacity is applied once, when it is shown or flattened, so overlapping segments do not darken),
 * and the area it touched. It lives outside React and the undo history until it is committed.
 */
export class LiveLayer {
  readonly bitmap: Bitmap;
  stroke: LiveStroke | null = null;

  constructor(private size: Size) {
    this.bitmap = createBitmap(size);
  }

  begin(stroke: Omit<LiveStroke, 'bounds'>): void {
    this.clear();
    this.stroke = { ...stroke, bounds: EMPTY_RECT };
  }

  /** Draws one tool effect in `colour`; returns false when there is no stroke. */
  draw(effect: ToolEffect, colour: string): boolean {
    const stroke = this.stroke;
    if (!stroke) return false;
    if (replacesLive(effect)) this.clear(false);
    const touched = paintEffect(this.bitmap.ctx, effect, colour);
    if (touched) {
      stroke.bounds = replacesLive(effect) ? touched : unionRect(stroke.bounds, touched);
    }
    return true;
  }

  /** The whole pixels the stroke touched, cut to the image. */
  touched(): Rect {
    return this.stroke ? pixelRect(this.stroke.bounds, this.size) : EMPTY_RECT;
  }

  /** Wipes what the stroke drew; `forget` also ends the stroke. */
  clear(forget = true): void {
    const { ctx } = this.bitmap;
    if (!this.stroke) {
      ctx.clearRect(0, 0, this.size.width, this.size.height);
    } else {
      const rect = this.touched();
      if (!isEmptyRect(rect)) ctx.clearRect(rect.x, rect.y, rect.width, rect.height);
      this.stroke.bounds = EMPTY_RECT;
    }
    if (forget) this.stroke = null;
  }

  resize(size: Size): void {
    this.size = size;
    resizeBitmap(this.bitmap, size);
  }

  /**
   * Draws the stroke onto `ctx` (which holds its layer's pixels) as committing it would: with
   * its opacity (the mask's is always whole) and blend, over `rect` only when one is given.
   */
  mergeInto(ctx: CanvasRenderingContext2D, rect?: Rect): void {
    const stroke = this.stroke;
    if (!stroke) return;
    ctx.save();
    ctx.globalAlpha = stroke.layer === 'mask' ? 1 : stroke.opacity;
    ctx.globalCompositeOperation = stroke.blend === 'erase' ? 'destination-out' : 'source-over';
    if (rect) {
      const { x, y, width, height } = rect;
      ctx.drawImage(this.bitmap.canvas, x, y, width, height, x, y, width, height);
    } else {
      ctx.drawImage(this.bitmap.canvas, 0, 0);
    }
    ctx.restore();
  }
}
