import type { ImagePoint } from '../../../lib/geometry/points.ts';
import type { ShapeGeometry } from '../../../lib/geometry/shapes.ts';
import type { PressureMode } from './pressure.ts';

export type PointerKind = 'mouse' | 'pen' | 'touch';

/** One pointer position, already in image pixels. */
export interface PointerSample {
  point: ImagePoint;
  /** 0–1; only pens report a real value. */
  pressure: number;
  pointerType: PointerKind;
  shift: boolean;
}

export type ToolInput =
  | { type: 'down'; sample: PointerSample }
  /** Several samples when the browser coalesced moves between two frames. */
  | { type: 'move'; samples: readonly PointerSample[] }
  | { type: 'up' }
  | { type: 'cancel' };

/** What the renderer must do; tools never touch a canvas themselves. */
export type ToolEffect =
  /** A new live stroke starts: clear the live bitmap. */
  | { type: 'begin' }
  /** `alpha` below 1: a pen's pressure makes this part fainter than the stroke's opacity. */
  | { type: 'dot'; at: ImagePoint; width: number; alpha: number }
  | {
      type: 'segment';
      from: ImagePoint;
      to: ImagePoint;
      fromWidth: number;
      toWidth: number;
      alpha: number;
    }
  /** Replace the live bitmap with this shape. */
  | { type: 'shape'; shape: ShapeGeometry; width: number; fill: boolean }
  /** Replace the live bitmap with an open outline (the lasso while it is being drawn). */
  | { type: 'outline'; points: readonly ImagePoint[]; width: number }
  /** Replace the live bitmap with a filled polygon (the lasso when it closes). */
  | { type: 'polygon'; points: readonly ImagePoint[] }
  /** The live stroke is finished: flatten it into its layer as one undo step. */
  | { type: 'commit' }
  /** The live stroke is abandoned. */
  | { type: 'cancel' }
  | { type: 'pick'; at: ImagePoint }
  /** Select the region of similar colour around this point into the mask. */
  | { type: 'wand'; at: ImagePoint };

/** Settings read when a stroke starts. */
export interface ToolConfig {
  size: number;
  fillShapes: boolean;
  /** What a pen's pressure changes. */
  pressure: PressureMode;
}

export interface Transition<S> {
  state: S;
  effects: ToolEffect[];
}

/** A tool is a small state machine: (state, input) → (state, effects). No DOM, no canvas. */
export interface ToolMachine<S> {
  readonly initial: S;
  step(state: S, input: ToolInput, config: ToolConfig): Transition<S>;
  isActive(state: S): boolean;
}
