import type Konva from 'konva';
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import { getCanvasDocument } from '../document/canvas-session.ts';
import { DrawScheduler } from '../stage/draw-scheduler.ts';
import { createScenes, type SceneName, type Scenes } from '../stage/scenes.ts';
import { StageController } from '../stage/stage-controller.ts';
import { registerStage } from '../stage/stage-registry.ts';
import { useCanvasUi } from '../store/ui-store.ts';

export type LayerRefs = Partial<Record<SceneName, Konva.Layer | null>>;

/**
 * Wires the stage: measures its container, fits the image on first sight, and connects the
 * pointer controller and the per-frame redraws to the document.
 */
export function useStage(container: RefObject<HTMLDivElement | null>): {
  layers: RefObject<LayerRefs>;
  scenes: Scenes;
} {
  const layers = useRef<LayerRefs>({});
  const controller = useRef<StageController | null>(null);
  const doc = getCanvasDocument();
  const scenes = useMemo(
    () =>
      createScenes(doc, {
        mode: () => useCanvasUi.getState().mode,
        scale: () => useCanvasUi.getState().viewport.scale,
        cursor: () => controller.current?.cursor ?? null,
      }),
    [doc],
  );

  // The stage follows its container's size; the first measurement fits the image.
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let fitted = false;
    const measure = () => {
      const { width, height } = element.getBoundingClientRect();
      const size = { width: Math.floor(width), height: Math.floor(height) };
      const ui = useCanvasUi.getState();
      if (size.width === ui.stageSize.width && size.height === ui.stageSize.height && fitted)
        return;
      ui.setStageSize(size);
      if (!fitted && size.width > 0) {
        fitted = true;
        ui.fit(doc.size);
      }
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [container, doc]);

  // A new output size: show the whole image again.
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
    const draws = new DrawScheduler<SceneName>(() => layers.current);
    const surface = { container: element, redraw: (s: Iterable<SceneName>) => draws.request(s) };
    const stage = new StageController(doc, surface);
    controller.current = stage;
    const detach = stage.attach();
    const unregister = registerStage({ controller: stage, flush: () => draws.flush(), element });
    // The mask overlay shows only in mask mode.
    const stopMode = useCanvasUi.subscribe((state, previous) => {
      if (state.mode !== previous.mode) draws.request(['mask', 'cursor']);
    });
    return () => {
      stopMode();
      unregister();
      detach();
      draws.dispose();
      controller.current = null;
    };
  }, [container, doc]);

  return { layers, scenes };
}
