import { useRef, useState, type DragEvent } from 'react';
import { Layer, Shape, Stage } from 'react-konva/lib/ReactKonvaCore';
import { firstImageFile } from '../hooks/use-image-import.ts';
import { useStage } from '../hooks/use-stage.ts';
import { useCanvasUi } from '../store/ui-store.ts';

const HINT_ID = 'sketch-canvas-hint';

/**
 * The Konva stage. React only mounts it and passes the zoom; drawing happens in the controller
 * and the scene functions, on layers that never listen for hits.
 */
export function SketchStage({ onDropFile }: { onDropFile: (file: File | undefined) => void }) {
  const container = useRef<HTMLDivElement>(null);
  const { layers, scenes } = useStage(container);
  const viewport = useCanvasUi((s) => s.viewport);
  const stageSize = useCanvasUi((s) => s.stageSize);
  const [dropping, setDropping] = useState(false);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDropping(false);
    onDropFile(firstImageFile(event.dataTransfer.files));
  };

  return (
    <div
      ref={container}
      role="region"
      aria-label="Sketch canvas"
      aria-describedby={HINT_ID}
      tabIndex={0}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={onDrop}
      className={
        'relative aspect-square max-h-[70vh] w-full touch-none select-none overflow-hidden rounded-xl border ' +
        'bg-[repeating-conic-gradient(var(--app-surface-raised)_0_25%,var(--app-surface)_0_50%)] bg-[length:24px_24px] ' +
        'cursor-crosshair focus-visible:outline-2 ' +
        (dropping ? 'border-accent ring-2 ring-accent' : 'border-border')
      }
    >
      <p id={HINT_ID} className="sr-only">
        Draw with a mouse, pen or finger. B brush, E eraser, M mask mode, [ and ] brush size, Ctrl+Z
        undo, Shift+Ctrl+Z redo, hold Space and drag or use the arrow keys to pan, the wheel or +
        and - zoom, 0 fits. Drop or paste an image to import it.
      </p>
      {stageSize.width > 0 && stageSize.height > 0 ? (
        <Stage
          width={stageSize.width}
          height={stageSize.height}
          scaleX={viewport.scale}
          scaleY={viewport.scale}
          x={viewport.x}
          y={viewport.y}
          listening={false}
        >
          <Layer ref={(node) => void (layers.current.paint = node)} listening={false}>
            <Shape sceneFunc={(ctx) => scenes.paint(ctx._context)} listening={false} />
          </Layer>
          <Layer ref={(node) => void (layers.current.live = node)} listening={false}>
            <Shape sceneFunc={(ctx) => scenes.live(ctx._context)} listening={false} />
          </Layer>
          <Layer ref={(node) => void (layers.current.mask = node)} listening={false}>
            <Shape sceneFunc={(ctx) => scenes.mask(ctx._context)} listening={false} />
          </Layer>
          <Layer ref={(node) => void (layers.current.cursor = node)} listening={false}>
            <Shape sceneFunc={(ctx) => scenes.cursor(ctx._context)} listening={false} />
          </Layer>
        </Stage>
      ) : null}
    </div>
  );
}
