import type { StagePoint } from '../../../lib/geometry/points.ts';
import type { PointerKind } from './tool-types.ts';

export type RouterAction =
  | { type: 'draw'; phase: 'down' | 'move' | 'up' | 'cancel'; id: number }
  | { type: 'pinch'; phase: 'start' | 'move'; points: readonly [StagePoint, StagePoint] }
  | { type: 'pinch'; phase: 'end' };

/**
 * Decides what each pointer on the stage does, as tablet drawing apps do: a mouse or a pen draws;
 * one finger draws, two pan and zoom (a stroke the first finger began is dropped); a third is
 * ignored. Once a pen has been used, fingers never draw (a resting palm must not paint), but two
 * of them still pan and zoom. A small state machine, tested without a DOM.
 */
export class PointerRouter {
  private drawing: { id: number; kind: PointerKind } | null = null;
  private readonly touches = new Map<number, StagePoint>();
  private pinching: [number, number] | null = null;
  private penUsed = false;

  get penInUse(): boolean {
    return this.penUsed;
  }

  get isDrawing(): boolean {
    return this.drawing !== null;
  }

  private pinchPoints(): readonly [StagePoint, StagePoint] {
    const [a, b] = this.pinching!;
    return [this.touches.get(a)!, this.touches.get(b)!];
  }

  down(id: number, kind: PointerKind, point: StagePoint): RouterAction[] {
    if (kind === 'pen') {
      this.penUsed = true;
      const actions: RouterAction[] = [];
      if (this.drawing?.kind === 'touch') {
        actions.push({ type: 'draw', phase: 'cancel', id: this.drawing.id });
        this.drawing = null;
      }
      if (this.drawing || this.pinching) return actions;
      this.drawing = { id, kind };
      return [...actions, { type: 'draw', phase: 'down', id }];
    }
    if (kind === 'mouse') {
      if (this.drawing || this.pinching) return [];
      this.drawing = { id, kind };
      return [{ type: 'draw', phase: 'down', id }];
    }
    this.touches.set(id, point);
    if (this.pinching) return [];
    if (this.touches.size === 2) {
      const actions: RouterAction[] = [];
      if (this.drawing?.kind === 'touch') {
        actions.push({ type: 'draw', phase: 'cancel', id: this.drawing.id });
        this.drawing = null;
      }
      const [a, b] = [...this.touches.keys()] as [number, number];
      this.pinching = [a, b];
      return [...actions, { type: 'pinch', phase: 'start', points: this.pinchPoints() }];
    }
    if (this.touches.size === 1 && !this.drawing && !this.penUsed) {
      this.drawing = { id, kind };
      return [{ type: 'draw', phase: 'down', id }];
    }
    return [];
  }

  move(id: number, kind: PointerKind, point: StagePoint): RouterAction[] {
    if (kind === 'pen') this.penUsed = true;
    if (this.touches.has(id)) this.touches.set(id, point);
    if (this.pinching?.includes(id)) {
      return [{ type: 'pinch', phase: 'move', points: this.pinchPoints() }];
    }
    return this.drawing?.id === id ? [{ type: 'draw', phase: 'move', id }] : [];
  }

  up(id: number): RouterAction[] {
    return this.release(id, 'up');
  }

  cancel(id: number): RouterAction[] {
    return this.release(id, 'cancel');
  }

  private release(id: number, phase: 'up' | 'cancel'): RouterAction[] {
    this.touches.delete(id);
    if (this.pinching?.includes(id)) {
      this.pinching = null;
      return [{ type: 'pinch', phase: 'end' }];
    }
    if (this.drawing?.id !== id) return [];
    this.drawing = null;
    return [{ type: 'draw', phase, id }];
  }
}
