import type { ImagePoint } from '../../../lib/geometry/points.ts';
import { createBitmap, resizeBitmap, type Bitmap } from '../document/bitmap.ts';
import type { CanvasDocument } from '../document/canvas-document.ts';

type Ctx = CanvasRenderingContext2D;

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

/** Frees the display scratch bitmap (a user signed out). */
export function releaseSceneScratch(): void {
  if (scratch) resizeBitmap(scratch, { width: 0, height: 0 });
  scratch = null;
}

export interface SceneView {
  mode: () => 'sketch' | 'mask';
  scale: () => number;
  cursor: () => { at: ImagePoint; size: number } | null;
}

/**
 * Renderer functions for the stage's layers. Konva has already applied the zoom and pan, so they
 * draw in image pixels. Each reads the document's bitmaps; none holds state of its own. Images
 * are Konva nodes of their own (the Transformer moves them), not drawn here.
 */
export function createScenes(doc: CanvasDocument, view: SceneView) {
  return {
    /** The background colour under everything. */
    background(ctx: Ctx) {
      ctx.fillStyle = doc.background;
      ctx.fillRect(0, 0, doc.size.width, doc.size.height);
    },
    /** A sketch layer, with an eraser stroke's holes while one is drawn on it. */
    sketch(ctx: Ctx, id: string) {
      const layer = doc.layer(id);
      if (layer?.kind !== 'sketch') return;
      const erasing = doc.liveLayerId === id && doc.liveStroke?.blend === 'erase';
      ctx.drawImage(erasing ? withLive(doc, layer.bitmap) : layer.bitmap.canvas, 0, 0);
    },
    /** The brush or shape being drawn, at the stroke's opacity (right above its layer). */
    live(ctx: Ctx) {
      const stroke = doc.liveStroke;
      if (!stroke || stroke.layer !== 'paint' || stroke.blend === 'erase') return;
      ctx.globalAlpha = stroke.opacity;
      ctx.drawImage(doc.live.bitmap.canvas, 0, 0);
    },
    /** The mask as a translucent overlay, in mask mode only. */
    mask(ctx: Ctx) {
      const mask = doc.mask;
      if (view.mode() !== 'mask' || !mask.visible) return;
      const drawing = doc.liveStroke?.layer === 'mask';
      ctx.globalAlpha = mask.opacity;
      ctx.drawImage(drawing ? withLive(doc, mask.bitmap) : mask.bitmap.canvas, 0, 0);
    },
    /** The frame's edge, the areas Outpaint will fill, and the brush outline under the pointer. */
    overlay(ctx: Ctx) {
      const scale = view.scale();
      const { width, height } = doc.size;
      ctx.lineWidth = 1 / scale;
      ctx.strokeStyle = 'rgba(127, 127, 127, 0.6)';
      ctx.strokeRect(0, 0, width, height);
      ctx.setLineDash([6 / scale, 4 / scale]);
      ctx.strokeStyle = 'rgba(37, 99, 235, 0.9)';
      for (const rect of doc.arrangement.frame.fresh) {
        ctx.strokeRect(rect.x, rect.y, rect.width, rect.height);
      }
      ctx.setLineDash([]);
      const cursor = view.cursor();
      if (!cursor) return;
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
