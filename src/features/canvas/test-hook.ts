import { imagePoint } from '../../lib/geometry/points.ts';
import { coveredPixels } from '../../lib/geometry/mask-raster.ts';
import { imageToStage } from '../../lib/geometry/viewport.ts';
import { getCanvasDocument, sessionStore } from './document/canvas-session.ts';
import { encodeMaskJpeg, encodeSketchJpeg } from './document/export.ts';
import { isOutputSize } from './lib/canvas-settings.ts';
import { getCanvasSettings } from './store/settings-store.ts';
import { useCanvasUi } from './store/ui-store.ts';
import { mountedStage } from './stage/stage-registry.ts';
import type { CanvasTestHook } from './test-hook-types.ts';

export function installCanvasTestHook(): () => void {
  const doc = getCanvasDocument();
  const stage = () => {
    const mounted = mountedStage();
    if (!mounted) throw new Error('The canvas stage is not mounted.');
    return mounted;
  };
  const hook: CanvasTestHook = {
    state: () => {
      const s = doc.state.get();
      const session = sessionStore.get();
      return {
        version: s.version,
        savedVersion: session.savedVersion,
        saveStatus: session.status,
        size: s.size,
        maskCoverage: s.maskCoverage,
        canUndo: s.canUndo,
        canRedo: s.canRedo,
        viewport: useCanvasUi.getState().viewport,
      };
    },
    layerStats: () => {
      const { width, height } = doc.size;
      const paint = doc.paint.ctx.getImageData(0, 0, width, height).data;
      let paintInk = 0;
      let paintAlpha = 0;
      for (let i = 3; i < paint.length; i += 4) {
        if (paint[i]! > 0) paintInk++;
        paintAlpha += paint[i]!;
      }
      const mask = doc.mask.ctx.getImageData(0, 0, width, height).data;
      return { paintInk, paintAlpha, maskCoverage: coveredPixels(mask) };
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
      doc.resize(size);
    },
    fit: () => useCanvasUi.getState().fit(doc.size),
    setViewport: (viewport) => useCanvasUi.getState().setViewport(viewport),
  };
  window.__leoCanvas = hook;
  return () => {
    if (window.__leoCanvas === hook) delete window.__leoCanvas;
  };
}
