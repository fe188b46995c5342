// No imports on purpose: the e2e specs and the benchmark (a separate TypeScript project) import
// these types without pulling the studio's modules into their compilation.

export interface CanvasTestLayer {
  id: string;
  kind: 'sketch' | 'image';
  name: string;
  visible: boolean;
  opacity: number;
  placement?: { x: number; y: number; width: number; height: number; rotation: number };
}

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
    undoDepth: number;
    redoDepth: number;
    viewport: { scale: number; x: number; y: number };
    layers: CanvasTestLayer[];
    selectedId: string | null;
    fresh: Array<{ x: number; y: number; width: number; height: number }>;
    /** performance.now() when this session's canvas was first shown, loaded. */
    readyAt: number;
    /** performance.now() when its session began and finished loading from IndexedDB. */
    loadStartedAt: number;
    loadedAt: number;
  };
  /** A sketch layer's painted pixels and alpha sum (the one strokes go to, without an id). */
  layerStats(id?: string): { paintInk: number; paintAlpha: number; maskCoverage: number };
  /** The composited frame's colour at an image pixel, as it is sent. */
  compositePixel(x: number, y: number): [number, number, number];
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
  /** Adds an image layer of one colour, as an import would (the benchmark's image layers). */
  addImage(width: number, height: number, colour: string): Promise<void>;
  /** Empties the layer strokes go to (one undo step over the whole frame). */
  clearTarget(): void;
  undo(): boolean;
  redo(): boolean;
}

declare global {
  interface Window {
    __leoCanvas?: CanvasTestHook;
  }
}
