import type { Size } from './points.ts';
import type { Rect } from './rect.ts';

/** Where an image of `source` size goes to fit inside `target` whole, centred ("contain"). */
export function containRect(source: Size, target: Size): Rect {
  if (source.width <= 0 || source.height <= 0) return { x: 0, y: 0, width: 0, height: 0 };
  const scale = Math.min(target.width / source.width, target.height / source.height);
  const width = source.width * scale;
  const height = source.height * scale;
  return { x: (target.width - width) / 2, y: (target.height - height) / 2, width, height };
}
