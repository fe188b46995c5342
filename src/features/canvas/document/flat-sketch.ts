import type { Rect } from '../../../lib/geometry/rect.ts';
import type { Size } from '../../../lib/geometry/points.ts';
import { resizeBitmap, type Bitmap } from './bitmap.ts';

/**
 * An opaque bitmap: no alpha to carry, and what a JPEG encoder reads without converting it. In
 * memory the CPU reads, like the layers it is drawn from: no upload to draw, no read-back to encode.
 */
export function createOpaqueBitmap(size: Size): Bitmap {
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d', { alpha: false, willReadFrequently: true });
  if (!ctx) throw new Error('This browser cannot draw on a canvas.');
  return { canvas, ctx };
}

/**
 * The sketch as it is sent: the background colour with the paint layer over it, flattened, kept
 * up to date with each change in the area that changed. Exporting it is then only the encode.
 */
export class FlatSketch {
  readonly bitmap: Bitmap;

  constructor(size: Size) {
    this.bitmap = createOpaqueBitmap(size);
  }

  /** Flattens `paint` over `background` again, in `rect` or everywhere (a new size too). */
  update(paint: HTMLCanvasElement, background: string, rect?: Rect): void {
    const { canvas, ctx } = this.bitmap;
    if (!rect && (canvas.width !== paint.width || canvas.height !== paint.height)) {
      resizeBitmap(this.bitmap, paint);
    }
    const { x, y, width, height } = rect ?? {
      x: 0,
      y: 0,
      width: paint.width,
      height: paint.height,
    };
    ctx.fillStyle = background;
    ctx.fillRect(x, y, width, height);
    ctx.drawImage(paint, x, y, width, height, x, y, width, height);
  }
}
