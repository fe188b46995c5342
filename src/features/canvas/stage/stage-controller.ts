import { screenPoint, type ImagePoint, type StagePoint } from '../../../lib/geometry/points.ts';
import {
  panBy,
  screenToStage,
  stageToImage,
  wheelZoomFactor,
  zoomAt,
  type StageOrigin,
} from '../../../lib/geometry/viewport.ts';
import type { CanvasDocument } from '../document/canvas-document.ts';
import type { RenderTarget } from '../document/document-state.ts';
import { isModalOpen, isTypingTarget } from '../../../lib/keyboard-focus.ts';
import { selectSize, selectTool, useCanvasUi } from '../store/ui-store.ts';
import { ToolSession, toolInfo } from '../tools/tool-catalog.ts';
import type { PointerKind, PointerSample, ToolEffect } from '../tools/tool-types.ts';
import type { SceneName } from './scenes.ts';

export interface StageSurface {
  /** The element that receives pointer events: the stage's container. */
  container: HTMLElement;
  redraw(scenes: Iterable<SceneName>): void;
}

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

const pointerKind = (type: string): PointerKind =>
  type === 'pen' ? 'pen' : type === 'touch' ? 'touch' : 'mouse';

/** Which stage layers show a change of each document part. */
const SCENES_FOR: Record<RenderTarget, SceneName[]> = {
  paint: ['paint'],
  mask: ['mask'],
  live: ['live', 'paint', 'mask'],
};

/**
 * Turns pointer and wheel events on the stage into tool inputs, zoom and pan. The stroke being
 * drawn never goes through React: tool effects are painted into the document's live bitmap and
 * only the affected stage layers are redrawn; the document is written once, on release.
 */
export class StageController {
  private session: ToolSession | null = null;
  private pointerId: number | null = null;
  private origin: StageOrigin = { left: 0, top: 0 };
  private pan: { pointerId: number; last: StagePoint } | null = null;
  private spaceHeld = false;
  /** The brush outline's position, in image pixels; null when the pointer is away. */
  cursor: { at: ImagePoint; size: number } | null = null;

  constructor(
    private readonly doc: CanvasDocument,
    private readonly surface: StageSurface,
  ) {}

  attach(): () => void {
    const el = this.surface.container;
    const listeners: Array<[EventTarget, string, EventListener, AddEventListenerOptions?]> = [
      [el, 'pointerdown', this.onPointerDown as EventListener],
      [el, 'pointermove', this.onPointerMove as EventListener],
      [el, 'pointerup', this.onPointerUp as EventListener],
      [el, 'pointercancel', this.onPointerCancel as EventListener],
      [el, 'pointerleave', this.onPointerLeave as EventListener],
      [el, 'wheel', this.onWheel as EventListener, { passive: false }],
      [window, 'keydown', this.onKey as EventListener],
      [window, 'keyup', this.onKey as EventListener],
      [window, 'blur', this.onBlur],
    ];
    for (const [target, type, listener, options] of listeners) {
      target.addEventListener(type, listener, options);
    }
    const stopRendering = this.doc.onRender((targets) => {
      const scenes = new Set<SceneName>();
      for (const target of targets) for (const scene of SCENES_FOR[target]) scenes.add(scene);
      this.surface.redraw(scenes);
    });
    return () => {
      for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
      stopRendering();
      this.cancelStroke();
    };
  }

  get drawing(): boolean {
    return this.session?.active ?? false;
  }

  private toStage(event: PointerEvent | WheelEvent): StagePoint {
    return screenToStage(screenPoint(event.clientX, event.clientY), this.origin);
  }

  private toSample(event: PointerEvent): PointerSample {
    return {
      point: stageToImage(this.toStage(event), useCanvasUi.getState().viewport),
      pressure: event.pressure,
      pointerType: pointerKind(event.pointerType),
      shift: event.shiftKey,
    };
  }

  private measure(): void {
    const rect = this.surface.container.getBoundingClientRect();
    this.origin = { left: rect.left, top: rect.top };
  }

  private onPointerDown = (event: PointerEvent): void => {
    if (this.pointerId !== null || this.pan) return;
    this.measure();
    const wantsPan = event.button === 1 || (event.button === 0 && this.spaceHeld);
    if (!wantsPan && event.button !== 0) return;
    event.preventDefault();
    this.surface.container.focus({ preventScroll: true });
    this.capture(event.pointerId);
    if (wantsPan) {
      this.pan = { pointerId: event.pointerId, last: this.toStage(event) };
      this.setCursorStyle();
      return;
    }
    const ui = useCanvasUi.getState();
    this.pointerId = event.pointerId;
    this.session = new ToolSession(toolInfo(selectTool(ui)));
    this.run(this.session.handle({ type: 'down', sample: this.toSample(event) }, this.config()));
  };

  private onPointerMove = (event: PointerEvent): void => {
    if (this.pan && event.pointerId === this.pan.pointerId) {
      const point = this.toStage(event);
      const { viewport, setViewport } = useCanvasUi.getState();
      setViewport(panBy(viewport, point.x - this.pan.last.x, point.y - this.pan.last.y));
      this.pan.last = point;
      return;
    }
    if (this.pointerId === null) {
      this.measure();
      this.moveCursor(event);
      return;
    }
    if (event.pointerId !== this.pointerId || !this.session) return;
    const events = event.getCoalescedEvents?.() ?? [];
    const samples = (events.length > 0 ? events : [event]).map((e) => this.toSample(e));
    this.moveCursor(event);
    this.run(this.session.handle({ type: 'move', samples }, this.config()));
  };

  private onPointerUp = (event: PointerEvent): void => {
    if (this.pan && event.pointerId === this.pan.pointerId) {
      this.pan = null;
      this.setCursorStyle();
      return;
    }
    if (event.pointerId !== this.pointerId || !this.session) return;
    this.run(this.session.handle({ type: 'up' }, this.config()));
    this.endPointer();
  };

  private onPointerCancel = (event: PointerEvent): void => {
    if (this.pan && event.pointerId === this.pan.pointerId) this.pan = null;
    if (event.pointerId === this.pointerId) this.cancelStroke();
  };

  private onPointerLeave = (): void => {
    if (this.pointerId !== null) return;
    this.cursor = null;
    this.surface.redraw(['cursor']);
  };

  private onWheel = (event: WheelEvent): void => {
    event.preventDefault();
    this.measure();
    const { viewport, setViewport } = useCanvasUi.getState();
    if (event.shiftKey && !event.ctrlKey) {
      setViewport(panBy(viewport, -(event.deltaX || event.deltaY), 0));
      return;
    }
    setViewport(
      zoomAt(viewport, wheelZoomFactor(event.deltaY, event.deltaMode), this.toStage(event)),
    );
  };

  private onKey = (event: KeyboardEvent): void => {
    const arrow = ARROWS[event.key];
    if (arrow && event.type === 'keydown' && event.target === this.surface.container) {
      // Arrow keys pan the focused canvas: the keyboard's way to move around a zoomed image.
      event.preventDefault();
      const step = event.shiftKey ? 200 : 40;
      const { viewport, setViewport } = useCanvasUi.getState();
      setViewport(panBy(viewport, -arrow[0] * step, -arrow[1] * step));
      return;
    }
    if (event.key !== ' ' || event.repeat) return;
    const target = event.target;
    const ours = target === this.surface.container || target === document.body || target === null;
    if (!ours || isTypingTarget(target) || isModalOpen()) return;
    event.preventDefault();
    this.spaceHeld = event.type === 'keydown';
    this.setCursorStyle();
  };

  private onBlur = (): void => {
    this.spaceHeld = false;
    this.setCursorStyle();
  };

  private capture(pointerId: number): void {
    try {
      this.surface.container.setPointerCapture(pointerId);
    } catch {
      // Synthetic events (tests, the benchmark) have no active pointer to capture.
    }
  }

  private endPointer(): void {
    this.session = null;
    this.pointerId = null;
  }

  private cancelStroke(): void {
    if (this.session?.active) this.run(this.session.handle({ type: 'cancel' }, this.config()));
    this.endPointer();
  }

  private config() {
    const ui = useCanvasUi.getState();
    return { size: selectSize(ui), fillShapes: ui.fillShapes };
  }

  private moveCursor(event: PointerEvent): void {
    const ui = useCanvasUi.getState();
    const tool = selectTool(ui);
    const sized = tool !== 'picker' && tool !== 'lasso' && !this.pan && !this.spaceHeld;
    this.cursor = sized
      ? { at: stageToImage(this.toStage(event), ui.viewport), size: selectSize(ui) }
      : null;
    this.surface.redraw(['cursor']);
  }

  private setCursorStyle(): void {
    this.surface.container.style.cursor = this.pan ? 'grabbing' : this.spaceHeld ? 'grab' : '';
  }

  /** Applies a tool's effects to the document and asks for the affected layers to be drawn. */
  private run(effects: ToolEffect[]): void {
    const ui = useCanvasUi.getState();
    const info = this.session?.info;
    for (const effect of effects) {
      switch (effect.type) {
        case 'begin':
          if (!info) break;
          this.doc.beginStroke({
            layer: info.layer,
            blend: info.blend,
            colour: ui.colour,
            opacity: info.layer === 'mask' ? 1 : ui.opacity,
          });
          break;
        case 'commit':
          this.doc.commitStroke();
          break;
        case 'cancel':
          this.doc.cancelStroke();
          break;
        case 'pick': {
          const colour = this.doc.pickColour(effect.at);
          if (colour) {
            ui.setColour(colour);
            ui.setTool('brush', 'sketch');
          }
          break;
        }
        default:
          this.doc.drawLive(effect);
      }
    }
    const stroke = this.doc.liveStroke;
    if (stroke && effects.length > 0) {
      const scene: SceneName =
        stroke.layer === 'mask' ? 'mask' : stroke.blend === 'erase' ? 'paint' : 'live';
      this.surface.redraw([scene]);
    }
  }
}
