import type Konva from 'konva';
import { Shape } from 'react-konva/lib/ReactKonvaCore';
import {
  placementBounds,
  snapOffset,
  SNAP_DISTANCE,
  type Placement,
} from '../../../lib/geometry/placement.ts';
import type { Size } from '../../../lib/geometry/points.ts';
import type { ImageLayer } from '../document/layers.ts';

/** The placement a Konva node shows now (the Transformer scales a node; the document keeps sizes). */
export function nodePlacement(node: Konva.Node): Placement {
  return {
    x: node.x(),
    y: node.y(),
    width: node.width() * node.scaleX(),
    height: node.height() * node.scaleY(),
    rotation: node.rotation(),
  };
}

interface ImageNodeProps {
  layer: ImageLayer;
  placement: Placement;
  frame: Size;
  /** Stage pixels per frame pixel, so snapping feels the same at any zoom. */
  scale: number;
  movable: boolean;
  nodeRef: (node: Konva.Shape | null) => void;
  onSelect: () => void;
  onPlace: (placement: Placement) => void;
}

/**
 * An image layer on the stage, dragged with the Move tool, snapping to the frame. A plain shape
 * that draws the image (Konva's own Image node adds cropping and caching the canvas never uses);
 * its hit area is its rectangle, so the Transformer and dragging find it.
 */
export function ImageNode({
  layer,
  placement,
  frame,
  scale,
  movable,
  nodeRef,
  onSelect,
  onPlace,
}: ImageNodeProps) {
  return (
    <Shape
      ref={nodeRef}
      sceneFunc={(ctx, shape) =>
        ctx._context.drawImage(layer.source, 0, 0, shape.width(), shape.height())
      }
      hitFunc={(ctx, shape) => {
        ctx.beginPath();
        ctx.rect(0, 0, shape.width(), shape.height());
        ctx.closePath();
        ctx.fillStrokeShape(shape);
      }}
      // The hit area needs a fill to be found; the scene never paints it.
      fill="#000"
      x={placement.x}
      y={placement.y}
      width={placement.width}
      height={placement.height}
      rotation={placement.rotation}
      listening={movable}
      draggable={movable}
      onPointerDown={onSelect}
      onDragMove={(event) => {
        const node = event.target;
        const { dx, dy } = snapOffset(
          placementBounds(nodePlacement(node)),
          frame,
          SNAP_DISTANCE / scale,
        );
        if (dx !== 0 || dy !== 0) node.position({ x: node.x() + dx, y: node.y() + dy });
      }}
      onDragEnd={(event) => onPlace(nodePlacement(event.target))}
    />
  );
}
