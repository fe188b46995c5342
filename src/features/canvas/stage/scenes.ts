import type { ImagePoint } from '../../../lib/geometry/points.ts';
import { createBitmap, resizeBitmap, type Bitmap } from '../document/bitmap.ts';
import type { CanvasDocument } from '../document/canvas-document.ts';

type Ctx = CanvasRenderingContext2D;

/** How strongly the mask overlay tints the image underneath. */
export const MASK_OVERLAY_OPACITY = 0.45;

let scratch: Bitmap | null = null;

/** A layer with the live stroke merged in (an eraser's holes, a mask stroke), for display only. */
function withLive(doc: CanvasDocument, layer: Bitmap): HTMLCanvasElement {
  const { width, height } = doc.size;
  scratch ??= createBitmap(doc.size);
  if (scratch.canvas.width !== width || scratch.canvas.height !== height) {
    resizeBitmap(scratch, doc.size);
  }
  const { ctx, canvas } = scratch;
  ctx.globalCompositeOperation = 'copy';
  ctx.drawImage(layer.canvas, 0, 0);
  ctx.globalCompositeOperation = 'source-over';
  doc.live.mergeInto(ctx);
  return canvas;
}

/**
 * Renderer functions for the stage's layers. Konva has already applied the zoom and pan, so they
 * draw in image pixels. Each reads the document's bitmaps; none holds state of its own.
 */
export function createScenes(
  doc: CanvasDocument,
  view: {
    mode: () => 'sketch' | 'mask';
    scale: () => number;
    cursor: () => { at: ImagePoint; size: number } | null;
  },
) {
  return {
    /** The background colour, the paint layer (with an eraser stroke's holes) and the frame. */
    paint(ctx: Ctx) {
      const { width, height } = doc.size;
      ctx.fillStyle = doc.background;
      ctx.fillRect(0, 0, width, height);
      const erasing = doc.liveStroke?.layer === 'paint' && doc.liveStroke.blend === 'erase';
      ctx.drawImage(erasing ? withLive(doc, doc.paint) : doc.paint.canvas, 0, 0);
      ctx.lineWidth = 1 / view.scale();
      ctx.strokeStyle = 'rgba(127, 127, 127, 0.6)';
      ctx.strokeRect(0, 0, width, height);
    },
    /** The brush or shape being drawn, at the stroke's opacity. */
    live(ctx: Ctx) {
      const stroke = doc.liveStroke;
      if (!stroke || stroke.layer !== 'paint' || stroke.blend === 'erase') return;
      ctx.globalAlpha = stroke.opacity;
      ctx.drawImage(doc.live.bitmap.canvas, 0, 0);
    },
    /** The mask as a translucent overlay, in mask mode only. */
    mask(ctx: Ctx) {
      if (view.mode() !== 'mask') return;
      const drawing = doc.liveStroke?.layer === 'mask';
      ctx.globalAlpha = MASK_OVERLAY_OPACITY;
      ctx.drawImage(drawing ? withLive(doc, doc.mask) : doc.mask.canvas, 0, 0);
    },
    /** An outline of the brush under the pointer, so its size is visible before drawing. */
    cursor(ctx: Ctx) {
      const cursor = view.cursor();
      if (!cursor) return;
      const scale = view.scale();
      ctx.beginPath();
      ctx.arc(cursor.at.x, cursor.at.y, Math.max(cursor.size / 2, 2 / scale), 0, Math.PI * 2);
      ctx.lineWidth = 1.5 / scale;
      ctx.strokeStyle = 'rgba(255, 255, 255, 0.9)';
      ctx.stroke();
      ctx.lineWidth = 0.75 / scale;
      ctx.strokeStyle = 'rgba(0, 0, 0, 0.9)';
      ctx.stroke();
    },
  };
}

export type Scenes = ReturnType<typeof createScenes>;
export type SceneName = keyof Scenes;
