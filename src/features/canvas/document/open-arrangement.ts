import { closestFrame, type FrameSize } from '../../../lib/geometry/frame.ts';
import type { Size } from '../../../lib/geometry/points.ts';
import type { Rect } from '../../../lib/geometry/rect.ts';
import { imageLayer, type ImageInput } from './arrange-ops.ts';
import { createMask, createSketchLayer, type Arrangement } from './layers.ts';

// "Open in canvas" only: loaded when an image is opened from History.

/** The areas of a frame its image does not cover (an opened image's bands), for Outpaint. */
function uncovered(frame: Size, image: Rect): Rect[] {
  const right = image.x + image.width;
  const bottom = image.y + image.height;
  return [
    { x: 0, y: 0, width: Math.floor(image.x), height: frame.height },
    { x: Math.ceil(right), y: 0, width: frame.width - Math.ceil(right), height: frame.height },
    { x: 0, y: 0, width: frame.width, height: Math.floor(image.y) },
    { x: 0, y: Math.ceil(bottom), width: frame.width, height: frame.height - Math.ceil(bottom) },
  ].filter((rect) => rect.width > 0 && rect.height > 0);
}

/**
 * "Open in canvas": a new start from one image, in the frame closest to its shape, with an empty
 * sketch layer over it; what the image leaves uncovered is new area for Outpaint.
 */
export function openedArrangement(input: ImageInput): Arrangement {
  const size: FrameSize = closestFrame(input.sourceSize);
  const image = imageLayer(input, size, 'contain');
  const sketch = createSketchLayer(size, 'Sketch');
  return {
    frame: { size, fresh: uncovered(size, image.placement) },
    layers: [image, sketch],
    mask: createMask(size),
    selectedId: sketch.id,
  };
}
