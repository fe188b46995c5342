import type Konva from 'konva';
import 'konva/lib/shapes/Image';
import { Image } from 'react-konva/lib/ReactKonvaCore';
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
  nodeRef: (node: Konva.Image | null) => void;
  onSelect: () => void;
  onPlace: (placement: Placement) => void;
}

/** An image layer on the stage: drawn by Konva, dragged with the Move tool, snapping to the frame. */
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
    <Image
      ref={nodeRef}
      image={layer.source as CanvasImageSource & HTMLImageElement}
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
