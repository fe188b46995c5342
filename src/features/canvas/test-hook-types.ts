// No imports on purpose: the e2e specs and the benchmark (a separate TypeScript project) import
// these types without pulling the studio's modules into their compilation.

/** What e2e tests and the benchmark may read and do; only in `--mode e2e` builds. */
export interface CanvasTestHook {
  state(): {
    version: number;
    savedVersion: number;
    saveStatus: string;
    size: { width: number; height: number };
    maskCoverage: number;
    canUndo: boolean;
    canRedo: boolean;
    viewport: { scale: number; x: number; y: number };
  };
  /** Pixels with any paint, the sum of paint alpha, and pixels the mask covers. */
  layerStats(): { paintInk: number; paintAlpha: number; maskCoverage: number };
  /** Where an image pixel is on the screen now (for page.mouse). */
  imageToScreen(x: number, y: number): { x: number; y: number };
  /** The stage's container, which receives pointer events. */
  element(): HTMLElement;
  /** Draws pending stage layers now instead of at the next frame. */
  flush(): void;
  /** The same encoders the live mode and Inpaint use (the sketch's encodes off the main thread). */
  exportSketch(width?: number, height?: number): Promise<string>;
  exportMask(feather?: number): string;
  resize(width: number, height: number): void;
  fit(): void;
  /** Shows the image at `scale`, its top-left corner at the stage's (x, y). */
  setViewport(viewport: { scale: number; x: number; y: number }): void;
}

declare global {
  interface Window {
    __leoCanvas?: CanvasTestHook;
  }
}
