import type { ImagePoint } from '../../../lib/geometry/points.ts';
import {
  boundsOfPoints,
  inflateRect,
  rectFromPoints,
  segmentBounds,
  type Rect,
} from '../../../lib/geometry/rect.ts';
import { ellipseOf, shapeRect } from '../../../lib/geometry/shapes.ts';
import type { ToolEffect } from '../tools/tool-types.ts';

type Ctx = CanvasRenderingContext2D;

/**
 * Draws one tool effect on the live bitmap in `colour` at full opacity (the stroke's opacity is
 * applied once, when it is shown and when it is flattened, so overlapping segments do not darken).
 * Returns the area it touched, in image pixels.
 */
export function paintEffect(ctx: Ctx, effect: ToolEffect, colour: string): Rect | null {
  ctx.fillStyle = colour;
  ctx.strokeStyle = colour;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  switch (effect.type) {
    case 'dot':
      withAlpha(ctx, effect.alpha, () => {
        ctx.beginPath();
        ctx.arc(effect.at.x, effect.at.y, effect.width / 2, 0, Math.PI * 2);
        ctx.fill();
      });
      return segmentBounds(effect.at, effect.at, effect.width);
    case 'segment': {
      ctx.lineWidth = (effect.fromWidth + effect.toWidth) / 2;
      withAlpha(ctx, effect.alpha, () => {
        ctx.beginPath();
        ctx.moveTo(effect.from.x, effect.from.y);
        ctx.lineTo(effect.to.x, effect.to.y);
        ctx.stroke();
      });
      return segmentBounds(effect.from, effect.to, Math.max(effect.fromWidth, effect.toWidth));
    }
    case 'shape': {
      const { shape, width, fill } = effect;
      ctx.lineWidth = width;
      ctx.beginPath();
      if (shape.kind === 'line') {
        ctx.moveTo(shape.start.x, shape.start.y);
        ctx.lineTo(shape.end.x, shape.end.y);
        ctx.stroke();
        return segmentBounds(shape.start, shape.end, width);
      }
      const rect = shapeRect(shape);
      if (shape.kind === 'rectangle') {
        ctx.rect(rect.x, rect.y, rect.width, rect.height);
      } else {
        const { cx, cy, rx, ry } = ellipseOf(rect);
        ctx.ellipse(cx, cy, Math.max(rx, 0.01), Math.max(ry, 0.01), 0, 0, Math.PI * 2);
      }
      if (fill) ctx.fill();
      else ctx.stroke();
      return inflateRect(rectFromPoints(shape.start, shape.end), fill ? 1 : width / 2 + 1);
    }
    case 'outline':
      ctx.lineWidth = effect.width;
      tracePath(ctx, effect.points);
      ctx.stroke();
      return inflateRect(boundsOfPoints(effect.points), effect.width / 2 + 1);
    case 'polygon':
      tracePath(ctx, effect.points);
      ctx.closePath();
      ctx.fill();
      return inflateRect(boundsOfPoints(effect.points), 1);
    default:
      return null;
  }
}

/**
 * Draws a part of the stroke fainter than the stroke (a light pen touch). Drawn over the stroke's
 * earlier parts it would add up where they overlap, and the densely overlapping segments of a
 * stroke would reach full opacity at once; so it replaces what is under it instead: the shape is
 * cut out, then drawn at its own opacity.
 */
function withAlpha(ctx: Ctx, alpha: number, draw: () => void): void {
  if (alpha >= 1) {
    draw();
    return;
  }
  ctx.save();
  ctx.globalCompositeOperation = 'destination-out';
  draw();
  ctx.globalCompositeOperation = 'source-over';
  ctx.globalAlpha = alpha;
  draw();
  ctx.restore();
}

function tracePath(ctx: Ctx, points: readonly ImagePoint[]): void {
  ctx.beginPath();
  points.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
}

/** Effects that replace the live bitmap instead of adding to it. */
export const replacesLive = (effect: ToolEffect) =>
  effect.type === 'shape' || effect.type === 'outline' || effect.type === 'polygon';
