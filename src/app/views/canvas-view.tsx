import { CanvasWorkspace } from '../../features/canvas/index.ts';

// Loaded lazily by routes.ts: Konva and the whole canvas live in this view's own chunk.
export function CanvasView() {
  return <CanvasWorkspace />;
}
