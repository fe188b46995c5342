import { NotBuiltPanel } from '../../components/ui/not-built-panel.tsx';

// Placeholder until src/features/canvas provides the real view.
export function CanvasView() {
  return (
    <NotBuiltPanel
      name="Canvas"
      summary="It will turn a sketch into an image as you draw (realtime LCM), then inpaint, refine and upscale it."
    />
  );
}
