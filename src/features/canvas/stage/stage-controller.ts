import { stagePoint, type ImagePoint, type StagePoint } from '../../../lib/geometry/points.ts';
import {
  panBy,
  pinchViewport,
  stageToImage,
  wheelZoomFactor,
  zoomAt,
  type Viewport,
} from '../../../lib/geometry/viewport.ts';
import { isModalOpen, isTypingTarget } from '../../../lib/keyboard-focus.ts';
import type { CanvasDocument } from '../document/canvas-document.ts';
import {
  RENDER_ALL,
  RENDER_LIVE,
  RENDER_MASK,
  type RenderTarget,
} from '../document/document-state.ts';
import { getCanvasSettings } from '../store/settings-store.ts';
import { selectSize, selectTool, useCanvasUi } from '../store/ui-store.ts';
import { PointerRouter, type RouterAction } from '../tools/pointer-router.ts';
import { ToolSession, toolInfo } from '../tools/tool-catalog.ts';
import type { PointerKind, PointerSample, ToolEffect } from '../tools/tool-types.ts';

/** What the stage draws, by name: `layer:<id>` for each layer, and the fixed ones. */
export type SceneKey = string;
export const layerScene = (id: string): SceneKey => `layer:${id}`;

export interface StageSurface {
  /** The element that receives pointer events: the stage's container. */
  container: HTMLElement;
  redraw(scenes: Iterable<SceneKey>): void;
}

export interface StageActions {
  /** A press of the magic wand. */
  wand(at: ImagePoint): void;
  /** The stroke could not start (its layer is hidden): say why. */
  refused(message: string): void;
  /** Arrow keys with the Move tool: nudge the selected image. */
  nudge(dx: number, dy: number): boolean;
}

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

const pointerKind = (type: string): PointerKind =>
  type === 'pen' ? 'pen' : type === 'touch' ? 'touch' : 'mouse';

/**
 * Turns pointer and wheel events on the stage into tool inputs, zoom and pan, the way tablet apps
 * do (see PointerRouter: one finger draws, two pan and zoom, a pen rules the palm out). The stroke
 * being drawn never goes through React: tool effects are painted into the document's live bitmap
 * and only the affected stage layers are redrawn; the document is written once, on release.
 */
export class StageController {
  private session: ToolSession | null = null;
  private readonly router = new PointerRouter();
  private origin = { left: 0, top: 0 };
  private pan: { pointerId: number; last: StagePoint } | null = null;
  private pinch: { start: Viewport; from: readonly [StagePoint, StagePoint] } | null = null;
  private spaceHeld = false;
  /** The brush outline's position, in image pixels; null when the pointer is away. */
  cursor: { at: ImagePoint; size: number } | null = null;

  constructor(
    private readonly doc: CanvasDocument,
    private readonly surface: StageSurface,
    private readonly actions: StageActions,
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
    const stopRendering = this.doc.onRender((targets) =>
      this.surface.redraw(this.scenesFor(targets)),
    );
    return () => {
      for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
      stopRendering();
      this.cancelStroke();
    };
  }

  /** Which stage layers show a change of each document part. */
  private scenesFor(targets: ReadonlySet<RenderTarget>): SceneKey[] {
    if (targets.has(RENDER_ALL)) return [RENDER_ALL];
    const scenes: SceneKey[] = [];
    for (const target of targets) {
      if (target === RENDER_LIVE) scenes.push('live', 'mask');
      else if (target === RENDER_MASK) scenes.push('mask');
      else if (target === 'background') scenes.push('background');
      else scenes.push(layerScene(target));
    }
    return scenes;
  }

  get drawing(): boolean {
    return this.session?.active ?? false;
  }

  private toStage(event: { clientX: number; clientY: number }): StagePoint {
    return stagePoint(event.clientX - this.origin.left, event.clientY - this.origin.top);
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
    if (this.pan) return;
    this.measure();
    const wantsPan = event.button === 1 || (event.button === 0 && this.spaceHeld);
    if (!wantsPan && event.button !== 0) return;
    // The Move tool leaves presses to Konva's drag and Transformer.
    if (!wantsPan && selectTool(useCanvasUi.getState()) === 'move') return;
    event.preventDefault();
    this.surface.container.focus({ preventScroll: true });
    this.capture(event.pointerId);
    if (wantsPan) {
      this.pan = { pointerId: event.pointerId, last: this.toStage(event) };
      this.setCursorStyle();
      return;
    }
    this.route(
      this.router.down(event.pointerId, pointerKind(event.pointerType), this.toStage(event)),
      event,
    );
  };

  private onPointerMove = (event: PointerEvent): void => {
    if (this.pan && event.pointerId === this.pan.pointerId) {
      const point = this.toStage(event);
      const { viewport, setViewport } = useCanvasUi.getState();
      setViewport(panBy(viewport, point.x - this.pan.last.x, point.y - this.pan.last.y));
      this.pan.last = point;
      return;
    }
    if (!this.router.isDrawing && !this.pinch) this.measure();
    const kind = pointerKind(event.pointerType);
    const actions = this.router.move(event.pointerId, kind, this.toStage(event));
    if (actions.length === 0 && !this.router.isDrawing) this.moveCursor(event);
    this.route(actions, event);
  };

  private onPointerUp = (event: PointerEvent): void => {
    if (this.pan && event.pointerId === this.pan.pointerId) {
      this.pan = null;
      this.setCursorStyle();
      return;
    }
    this.route(this.router.up(event.pointerId), event);
  };

  private onPointerCancel = (event: PointerEvent): void => {
    if (this.pan && event.pointerId === this.pan.pointerId) this.pan = null;
    this.route(this.router.cancel(event.pointerId), event);
  };

  private route(actions: readonly RouterAction[], event: PointerEvent): void {
    for (const action of actions) {
      if (action.type === 'pinch') {
        if (action.phase === 'start') {
          this.pinch = { start: useCanvasUi.getState().viewport, from: action.points };
        } else if (action.phase === 'move' && this.pinch) {
          const { start, from } = this.pinch;
          useCanvasUi.getState().setViewport(pinchViewport(start, from, action.points));
        } else {
          this.pinch = null;
        }
        continue;
      }
      switch (action.phase) {
        case 'down': {
          this.session = new ToolSession(toolInfo(selectTool(useCanvasUi.getState())));
          this.run(
            this.session.handle({ type: 'down', sample: this.toSample(event) }, this.config()),
          );
          break;
        }
        case 'move': {
          if (!this.session) break;
          const events = event.getCoalescedEvents?.() ?? [];
          const samples = (events.length > 0 ? events : [event]).map((e) => this.toSample(e));
          this.moveCursor(event);
          this.run(this.session.handle({ type: 'move', samples }, this.config()));
          break;
        }
        case 'up':
          if (this.session) this.run(this.session.handle({ type: 'up' }, this.config()));
          this.session = null;
          break;
        case 'cancel':
          this.cancelStroke();
          break;
      }
    }
  }

  private onPointerLeave = (): void => {
    if (this.router.isDrawing) return;
    this.cursor = null;
    this.surface.redraw(['overlay']);
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
      event.preventDefault();
      const step = event.shiftKey ? 10 : 1;
      // With the Move tool the arrows nudge the selected image; otherwise they pan the view.
      if (
        selectTool(useCanvasUi.getState()) === 'move' &&
        this.actions.nudge(arrow[0] * step, arrow[1] * step)
      ) {
        return;
      }
      const pan = event.shiftKey ? 200 : 40;
      const { viewport, setViewport } = useCanvasUi.getState();
      setViewport(panBy(viewport, -arrow[0] * pan, -arrow[1] * pan));
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

  private cancelStroke(): void {
    if (this.session?.active) this.run(this.session.handle({ type: 'cancel' }, this.config()));
    this.session = null;
  }

  private config() {
    const ui = useCanvasUi.getState();
    return {
      size: selectSize(ui),
      fillShapes: ui.fillShapes,
      pressure: getCanvasSettings().pressure,
    };
  }

  private moveCursor(event: PointerEvent): void {
    const ui = useCanvasUi.getState();
    const tool = selectTool(ui);
    const sized =
      !['picker', 'lasso', 'move', 'magic-wand'].includes(tool) && !this.pan && !this.spaceHeld;
    this.cursor = sized
      ? { at: stageToImage(this.toStage(event), ui.viewport), size: selectSize(ui) }
      : null;
    this.surface.redraw(['overlay']);
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
        case 'begin': {
          if (!info) break;
          const started = this.doc.beginStroke({
            layer: info.layer,
            blend: info.blend,
            colour: ui.colour,
            opacity: info.layer === 'mask' ? 1 : ui.opacity,
          });
          if (!started) {
            const target = info.layer === 'mask' ? this.doc.mask : this.doc.sketchTarget;
            this.actions.refused(
              target ? `Show ${target.name} to draw on it.` : 'Add a sketch layer to draw on.',
            );
            // Nothing more of this stroke reaches the document.
            this.session = null;
            return;
          }
          break;
        }
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
        case 'wand':
          this.actions.wand(effect.at);
          break;
        default:
          this.doc.drawLive(effect);
      }
    }
    const stroke = this.doc.liveStroke;
    const target = this.doc.liveLayerId;
    if (stroke && target && effects.length > 0) {
      const scene =
        stroke.layer === 'mask' ? 'mask' : stroke.blend === 'erase' ? layerScene(target) : 'live';
      this.surface.redraw([scene]);
    }
  }
}
