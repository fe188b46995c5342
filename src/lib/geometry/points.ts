/**
 * Three coordinate spaces, kept apart by the type system:
 * - screen: CSS pixels in the page (PointerEvent.clientX/Y);
 * - stage: CSS pixels inside the Konva stage's container, before its zoom and pan;
 * - image: pixels of the document bitmap (what is sent to the API), whatever the zoom.
 * A brand makes `stageToImage(screenPoint)` a type error instead of a bug found by eye.
 */
declare const space: unique symbol;

interface Point<Space extends string> {
  readonly x: number;
  readonly y: number;
  readonly [space]: Space;
}

export type ScreenPoint = Point<'screen'>;
export type StagePoint = Point<'stage'>;
export type ImagePoint = Point<'image'>;

export const screenPoint = (x: number, y: number) => ({ x, y }) as ScreenPoint;
export const stagePoint = (x: number, y: number) => ({ x, y }) as StagePoint;
export const imagePoint = (x: number, y: number) => ({ x, y }) as ImagePoint;

export interface Size {
  readonly width: number;
  readonly height: number;
}

export function distance<P extends { x: number; y: number }>(a: P, b: P): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}
