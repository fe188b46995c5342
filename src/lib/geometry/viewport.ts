import {
  imagePoint,
  stagePoint,
  type ImagePoint,
  type ScreenPoint,
  type Size,
  type StagePoint,
} from './points.ts';

/** Where the image sits on the stage: stage = image × scale + (x, y). */
export interface Viewport {
  readonly scale: number;
  readonly x: number;
  readonly y: number;
}

export const MIN_SCALE = 0.05;
export const MAX_SCALE = 16;

export const clampScale = (scale: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));

/** The container's top-left corner in screen coordinates (getBoundingClientRect's left/top). */
export interface StageOrigin {
  readonly left: number;
  readonly top: number;
}

export function screenToStage(point: ScreenPoint, origin: StageOrigin): StagePoint {
  return stagePoint(point.x - origin.left, point.y - origin.top);
}

export function stageToImage(point: StagePoint, viewport: Viewport): ImagePoint {
  return imagePoint(
    (point.x - viewport.x) / viewport.scale,
    (point.y - viewport.y) / viewport.scale,
  );
}

export function imageToStage(point: ImagePoint, viewport: Viewport): StagePoint {
  return stagePoint(point.x * viewport.scale + viewport.x, point.y * viewport.scale + viewport.y);
}

/** Scales by `factor` keeping the image point under `anchor` where it is (wheel zoom at the cursor). */
export function zoomAt(viewport: Viewport, factor: number, anchor: StagePoint): Viewport {
  const scale = clampScale(viewport.scale * factor);
  const fixed = stageToImage(anchor, viewport);
  return { scale, x: anchor.x - fixed.x * scale, y: anchor.y - fixed.y * scale };
}

/** Zoom about the stage's centre (buttons and keys, which have no cursor position). */
export function zoomAtCentre(viewport: Viewport, factor: number, stage: Size): Viewport {
  return zoomAt(viewport, factor, stagePoint(stage.width / 2, stage.height / 2));
}

export function panBy(viewport: Viewport, dx: number, dy: number): Viewport {
  return { ...viewport, x: viewport.x + dx, y: viewport.y + dy };
}

/** The whole image, centred, as large as fits inside the stage minus `padding` on each side. */
export function fitViewport(image: Size, stage: Size, padding = 16): Viewport {
  const room = { width: stage.width - 2 * padding, height: stage.height - 2 * padding };
  if (room.width <= 0 || room.height <= 0 || image.width <= 0 || image.height <= 0) {
    return { scale: 1, x: 0, y: 0 };
  }
  const scale = clampScale(Math.min(room.width / image.width, room.height / image.height));
  return {
    scale,
    x: (stage.width - image.width * scale) / 2,
    y: (stage.height - image.height * scale) / 2,
  };
}

/** A wheel's deltaY (pixels) as a zoom factor: smooth for trackpads, ~10 % a notch for mice. */
export function wheelZoomFactor(deltaY: number, deltaMode = 0): number {
  const pixels = deltaMode === 1 ? deltaY * 16 : deltaMode === 2 ? deltaY * 400 : deltaY;
  return Math.exp(-Math.max(-400, Math.min(400, pixels)) * 0.0015);
}

/**
 * Two fingers: the image point under their first midpoint stays under the midpoint as they move,
 * and the zoom follows the distance between them (so a pinch both pans and zooms).
 */
export function pinchViewport(
  start: Viewport,
  from: readonly [StagePoint, StagePoint],
  to: readonly [StagePoint, StagePoint],
): Viewport {
  const mid = (p: readonly [StagePoint, StagePoint]) =>
    stagePoint((p[0].x + p[1].x) / 2, (p[0].y + p[1].y) / 2);
  const span = (p: readonly [StagePoint, StagePoint]) =>
    Math.hypot(p[1].x - p[0].x, p[1].y - p[0].y);
  const before = span(from);
  const factor = before > 0 ? span(to) / before : 1;
  const scale = clampScale(start.scale * factor);
  const fixed = stageToImage(mid(from), start);
  const anchor = mid(to);
  return { scale, x: anchor.x - fixed.x * scale, y: anchor.y - fixed.y * scale };
}
