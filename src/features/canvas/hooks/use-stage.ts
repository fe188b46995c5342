import type Konva from 'konva';
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import { movePlacement } from '../../../lib/geometry/placement.ts';
import { loadMaskOps } from '../document/mask-ops-loader.ts';
import { DrawScheduler } from '../stage/draw-scheduler.ts';
import { releaseSceneScratch, createScenes, type Scenes } from '../stage/scenes.ts';
import { StageController, type SceneKey } from '../stage/stage-controller.ts';
import { registerStage } from '../stage/stage-registry.ts';
import { useCanvasSession } from '../session/session-context.ts';
import { getCanvasSettings } from '../store/settings-store.ts';
import { useCanvasUi } from '../store/ui-store.ts';

export type LayerRefs = Map<SceneKey, Konva.Layer>;

/**
 * Wires the stage: measures its container, fits the frame on first sight, and connects the
 * pointer controller and the per-frame redraws to the document.
 */
export function useStage(container: RefObject<HTMLDivElement | null>): {
  layers: RefObject<LayerRefs>;
  scenes: Scenes;
} {
  const session = useCanvasSession();
  const { doc } = session;
  const layers = useRef<LayerRefs>(new Map());
  const controller = useRef<StageController | null>(null);
  const scenes = useMemo(
    () =>
      createScenes(doc, {
        mode: () => useCanvasUi.getState().mode,
        scale: () => useCanvasUi.getState().viewport.scale,
        cursor: () => controller.current?.cursor ?? null,
      }),
    [doc],
  );

  // The stage follows its container's size; the first measurement fits the frame.
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let fitted: unknown = null;
    const measure = () => {
      const { width, height } = element.getBoundingClientRect();
      const size = { width: Math.floor(width), height: Math.floor(height) };
      const ui = useCanvasUi.getState();
      const same = size.width === ui.stageSize.width && size.height === ui.stageSize.height;
      if (same && fitted !== null) return;
      ui.setStageSize(size);
      // Until the user zooms or pans, the frame stays fitted to a stage that changes size.
      if (size.width > 0 && (fitted === null || fitted === ui.viewport)) {
        ui.fit(doc.size);
        fitted = useCanvasUi.getState().viewport;
      }
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [container, doc]);

  // A new frame size: show the whole frame again.
  useEffect(() => {
    let size = doc.size;
    return doc.state.subscribe(() => {
      const next = doc.state.get().size;
      if (next === size) return;
      size = next;
      useCanvasUi.getState().fit(next);
    });
  }, [doc]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const draws = new DrawScheduler<SceneKey>(() => Object.fromEntries(layers.current));
    const surface = { container: element, redraw: (s: Iterable<SceneKey>) => draws.request(s) };
    const notice = session.results.notice;
    const stage = new StageController(doc, surface, {
      wand: (at) => {
        const { wandTolerance, wandContiguous } = getCanvasSettings();
        void loadMaskOps().then(({ magicWand }) => {
          if (!magicWand(doc, at, wandTolerance, wandContiguous)) {
            notice.set({ tone: 'info', message: 'That area is already in the mask.' });
          }
        });
      },
      refused: (message) => notice.set({ tone: 'error', message }),
      nudge: (dx, dy) => {
        const id = doc.arrangement.selectedId;
        const layer = id ? doc.layer(id) : undefined;
        if (layer?.kind !== 'image') return false;
        doc.setLayerProps(layer.id, { placement: movePlacement(layer.placement, dx, dy) }, 'nudge');
        return true;
      },
    });
    controller.current = stage;
    const detach = stage.attach();
    const unregister = registerStage({ controller: stage, flush: () => draws.flush(), element });
    // The mask overlay shows only in mask mode.
    const stopMode = useCanvasUi.subscribe((state, previous) => {
      if (state.mode !== previous.mode) draws.request(['mask', 'overlay']);
    });
    return () => {
      stopMode();
      unregister();
      detach();
      draws.dispose();
      controller.current = null;
      releaseSceneScratch();
    };
  }, [container, doc, session]);

  return { layers, scenes };
}
