import type Konva from 'konva';
import { Fragment, useCallback, useRef, useState, type DragEvent } from 'react';
import { Layer, Shape, Stage } from 'react-konva/lib/ReactKonvaCore';
import type { Placement } from '../../../lib/geometry/placement.ts';
import { firstImageFile } from '../hooks/use-image-import.ts';
import { useStage } from '../hooks/use-stage.ts';
import { useCanvasSession, useDocumentState } from '../session/session-context.ts';
import { layerScene } from '../stage/stage-controller.ts';
import { selectTool, useCanvasUi } from '../store/ui-store.ts';
import { ImageNode } from './image-node.tsx';
import { ImageTransformer } from './image-transformer.tsx';

const HINT_ID = 'sketch-canvas-hint';

/**
 * The Konva stage: a Konva layer per canvas layer, in the document's order, the stroke being
 * drawn right above the layer it goes to, then the mask overlay and the frame's outline. React
 * only mounts them and passes the zoom; drawing happens in the controller and the scene functions.
 */
export function SketchStage({ onDropFile }: { onDropFile: (file: File | undefined) => void }) {
  const { doc } = useCanvasSession();
  const container = useRef<HTMLDivElement>(null);
  const { layers: refs, scenes } = useStage(container);
  const viewport = useCanvasUi((s) => s.viewport);
  const stageSize = useCanvasUi((s) => s.stageSize);
  const moving = useCanvasUi((s) => selectTool(s) === 'move');
  const layers = useDocumentState((s) => s.layers);
  const selectedId = useDocumentState((s) => s.selectedId);
  const frame = useDocumentState((s) => s.size);
  const [dropping, setDropping] = useState(false);
  const [nodes, setNodes] = useState<Record<string, Konva.Shape | null>>({});

  // One callback per key, kept: a new one each render would detach and attach every node.
  const callbacks = useRef(new Map<string, (node: never) => void>());
  const ref = useCallback(
    (key: string) => {
      const name = `layer ${key}`;
      let callback = callbacks.current.get(name);
      if (!callback) {
        callback = (node: Konva.Layer | null) => {
          if (node) refs.current.set(key, node);
          else refs.current.delete(key);
        };
        callbacks.current.set(name, callback);
      }
      return callback as (node: Konva.Layer | null) => void;
    },
    [refs],
  );
  const nodeRef = useCallback((id: string) => {
    const name = `image ${id}`;
    let callback = callbacks.current.get(name);
    if (!callback) {
      callback = (node: Konva.Shape | null) =>
        setNodes((current) => (current[id] === node ? current : { ...current, [id]: node }));
      callbacks.current.set(name, callback);
    }
    return callback as (node: Konva.Shape | null) => void;
  }, []);
  const place = (id: string) => (placement: Placement) => doc.setLayerProps(id, { placement });

  // Strokes go to the selected sketch layer, or the topmost one.
  const selected = layers.find((layer) => layer.id === selectedId);
  const target =
    selected?.kind === 'sketch' ? selected : [...layers].reverse().find((l) => l.kind === 'sketch');
  const selectedImage = moving && selected?.kind === 'image' ? selected : null;

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
        'relative size-full min-h-64 touch-none select-none overflow-hidden rounded-xl border ' +
        'bg-[repeating-conic-gradient(var(--app-surface-raised)_0_25%,var(--app-surface)_0_50%)] bg-[length:24px_24px] ' +
        (moving ? 'cursor-move ' : 'cursor-crosshair ') +
        'focus-visible:outline-2 ' +
        (dropping ? 'border-accent ring-2 ring-accent' : 'border-border')
      }
    >
      <p id={HINT_ID} className="sr-only">
        Draw with a mouse, pen or finger; two fingers pan and zoom. B brush, E eraser, V moves
        images (the arrow keys nudge the selected one), M mask mode, [ and ] brush size, Ctrl+Z
        undo, Shift+Ctrl+Z redo, hold Space and drag or use the arrow keys to pan, the wheel or +
        and - zoom, 0 fits. Drop or paste an image to import it as a layer.
      </p>
      {stageSize.width > 0 && stageSize.height > 0 ? (
        <Stage
          width={stageSize.width}
          height={stageSize.height}
          scaleX={viewport.scale}
          scaleY={viewport.scale}
          x={viewport.x}
          y={viewport.y}
          listening={moving}
        >
          <Layer ref={ref('background')} listening={false}>
            <Shape sceneFunc={(ctx) => scenes.background(ctx._context)} listening={false} />
          </Layer>
          {layers.map((view) => {
            const layer = doc.layer(view.id);
            if (!layer) return null;
            if (layer.kind === 'image') {
              return (
                <Layer
                  key={view.id}
                  ref={ref(layerScene(view.id))}
                  visible={view.visible}
                  opacity={view.opacity}
                  listening={moving}
                >
                  <ImageNode
                    layer={layer}
                    placement={view.placement!}
                    frame={frame}
                    scale={viewport.scale}
                    movable={moving && view.visible}
                    nodeRef={nodeRef(view.id)}
                    onSelect={() => doc.select(view.id)}
                    onPlace={place(view.id)}
                  />
                </Layer>
              );
            }
            return (
              <Fragment key={view.id}>
                <Layer
                  ref={ref(layerScene(view.id))}
                  visible={view.visible}
                  opacity={view.opacity}
                  listening={false}
                >
                  <Shape
                    sceneFunc={(ctx) => scenes.sketch(ctx._context, view.id)}
                    listening={false}
                  />
                </Layer>
                {target?.id === view.id ? (
                  <Layer ref={ref('live')} opacity={view.opacity} listening={false}>
                    <Shape sceneFunc={(ctx) => scenes.live(ctx._context)} listening={false} />
                  </Layer>
                ) : null}
              </Fragment>
            );
          })}
          <Layer ref={ref('mask')} listening={false}>
            <Shape sceneFunc={(ctx) => scenes.mask(ctx._context)} listening={false} />
          </Layer>
          <Layer ref={ref('overlay')} listening={false}>
            <Shape sceneFunc={(ctx) => scenes.overlay(ctx._context)} listening={false} />
          </Layer>
          {selectedImage ? (
            <ImageTransformer
              node={nodes[selectedImage.id] ?? null}
              frame={frame}
              viewport={viewport}
              onPlace={place(selectedImage.id)}
            />
          ) : null}
        </Stage>
      ) : null}
    </div>
  );
}
