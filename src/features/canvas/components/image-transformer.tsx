import type Konva from 'konva';
import { useEffect, useRef, useState } from 'react';
import { Layer, Transformer } from 'react-konva/lib/ReactKonvaCore';
import { snapValue, SNAP_DISTANCE } from '../../../lib/geometry/placement.ts';
import type { Size } from '../../../lib/geometry/points.ts';
import type { Viewport } from '../../../lib/geometry/viewport.ts';
import { nodePlacement } from './image-node.tsx';

/** Konva's Transformer is loaded the first time an image is moved: most sketches never need it. */
let loading: Promise<unknown> | null = null;
function useTransformerModule(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let alive = true;
    void (loading ??= import('konva/lib/shapes/Transformer')).then(() => alive && setReady(true));
    return () => {
      alive = false;
    };
  }, []);
  return ready;
}

interface ImageTransformerProps {
  node: Konva.Node | null;
  frame: Size;
  viewport: Viewport;
  onPlace: (placement: ReturnType<typeof nodePlacement>) => void;
}

/**
 * Handles to scale and turn the selected image. Dragged handles snap to the frame's edges and
 * centre lines, turning snaps to right angles; on release the placement goes to the document.
 */
export function ImageTransformer({ node, frame, viewport, onPlace }: ImageTransformerProps) {
  const ready = useTransformerModule();
  const ref = useRef<Konva.Transformer>(null);
  useEffect(() => {
    ref.current?.nodes(node ? [node] : []);
    ref.current?.getLayer()?.batchDraw();
  }, [node, ready]);
  if (!ready || !node) return null;
  // Anchor positions come in stage pixels: snap them in frame pixels.
  const snap = (value: number, offset: number, extent: number) =>
    snapValue(
      (value - offset) / viewport.scale,
      [0, extent / 2, extent],
      SNAP_DISTANCE / viewport.scale,
    ) *
      viewport.scale +
    offset;
  return (
    <Layer>
      <Transformer
        ref={ref}
        rotationSnaps={[0, 90, 180, 270]}
        rotationSnapTolerance={4}
        flipEnabled={false}
        anchorDragBoundFunc={(_old, next) => ({
          x: snap(next.x, viewport.x, frame.width),
          y: snap(next.y, viewport.y, frame.height),
        })}
        onTransformEnd={() => {
          const placement = nodePlacement(node);
          node.scale({ x: 1, y: 1 });
          node.size({ width: placement.width, height: placement.height });
          onPlace(placement);
        }}
      />
    </Layer>
  );
}
