import { imagePoint } from '../../lib/geometry/points.ts';
import { coveredPixels } from '../../lib/geometry/mask-raster.ts';
import { imageToStage } from '../../lib/geometry/viewport.ts';
import { imageLayer, withImage } from './document/arrange-ops.ts';
import { encodeSketchJpeg } from './document/export.ts';
import { resampleArrangement } from './document/frame-ops.ts';
import { encodeMaskJpeg } from './document/mask-export.ts';
import { layerView } from './document/layers.ts';
import { isOutputSize } from './lib/canvas-settings.ts';
import type { CanvasSession } from './session/canvas-session.ts';
import { getCanvasSettings } from './store/settings-store.ts';
import { useCanvasUi } from './store/ui-store.ts';
import { mountedStage } from './stage/stage-registry.ts';
import type { CanvasTestHook } from './test-hook-types.ts';

export function installCanvasTestHook(session: CanvasSession): () => void {
  const { doc } = session;
  const stage = () => {
    const mounted = mountedStage();
    if (!mounted) throw new Error('The canvas stage is not mounted.');
    return mounted;
  };
  const hook: CanvasTestHook = {
    state: () => {
      const s = doc.state.get();
      const saved = session.store.state.get();
      return {
        version: s.version,
        savedVersion: saved.savedVersion,
        saveStatus: saved.status,
        size: s.size,
        maskCoverage: s.maskCoverage,
        canUndo: s.canUndo,
        canRedo: s.canRedo,
        undoDepth: s.undoDepth,
        redoDepth: s.redoDepth,
        viewport: useCanvasUi.getState().viewport,
        layers: doc.layers.map(layerView),
        selectedId: s.selectedId,
        fresh: [...s.fresh],
        readyAt: session.timing.shown,
        loadStartedAt: session.timing.started,
        loadedAt: session.timing.loaded,
      };
    },
    layerStats: (id) => {
      const { width, height } = doc.size;
      const layer = id ? doc.layer(id) : doc.sketchTarget;
      let paintInk = 0;
      let paintAlpha = 0;
      if (layer?.kind === 'sketch') {
        const paint = layer.bitmap.ctx.getImageData(0, 0, width, height).data;
        for (let i = 3; i < paint.length; i += 4) {
          if (paint[i]! > 0) paintInk++;
          paintAlpha += paint[i]!;
        }
      }
      const mask = doc.mask.bitmap.ctx.getImageData(0, 0, width, height).data;
      return { paintInk, paintAlpha, maskCoverage: coveredPixels(mask) };
    },
    compositePixel: (x, y) => {
      const data = doc.compositeCanvas().getContext('2d')!.getImageData(x, y, 1, 1).data;
      return [data[0]!, data[1]!, data[2]!];
    },
    imageToScreen: (x, y) => {
      const rect = stage().element.getBoundingClientRect();
      const p = imageToStage(imagePoint(x, y), useCanvasUi.getState().viewport);
      return { x: rect.left + p.x, y: rect.top + p.y };
    },
    element: () => stage().element,
    flush: () => stage().flush(),
    exportSketch: (width, height) =>
      encodeSketchJpeg(doc, width && height ? { width, height } : doc.size),
    exportMask: (feather) => encodeMaskJpeg(doc, feather ?? getCanvasSettings().feather),
    resize: (width, height) => {
      const size = { width, height };
      if (!isOutputSize(size)) throw new RangeError(`${width}×${height} is not an LCM size.`);
      doc.arrange(resampleArrangement(doc.arrangement, size));
    },
    fit: () => useCanvasUi.getState().fit(doc.size),
    setViewport: (viewport) => useCanvasUi.getState().setViewport(viewport),
    addImage: async (width, height, colour) => {
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const ctx = canvas.getContext('2d')!;
      ctx.fillStyle = colour;
      ctx.fillRect(0, 0, width, height);
      const blob = await new Promise<Blob>((resolve) =>
        canvas.toBlob((b) => resolve(b!), 'image/png'),
      );
      const input = await session.storeImage(blob, `Test image ${colour}`);
      doc.arrange(withImage(doc.arrangement, imageLayer(input, doc.size, 'cover')));
    },
    clearTarget: () => {
      const target = doc.sketchTarget;
      if (target) doc.clearLayer(target.id);
    },
    undo: () => doc.undo(),
    redo: () => doc.redo(),
  };
  window.__leoCanvas = hook;
  return () => {
    if (window.__leoCanvas === hook) delete window.__leoCanvas;
  };
}
