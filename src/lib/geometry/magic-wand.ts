import type { Rect } from './rect.ts';

export interface Selection {
  /** One value per pixel: 255 selected, 0 not. */
  bits: Uint8Array;
  /** The smallest rectangle holding the selection; null when nothing is selected. */
  bounds: Rect | null;
  count: number;
}

/** Tolerance is the largest difference of any one channel (0–255) from the clicked colour. */
export const DEFAULT_TOLERANCE = 32;

/**
 * The magic wand: the pixels of an RGBA picture whose colour is within `tolerance` of the pixel
 * at (x, y), either the connected region around it (4-neighbours, filled a row span at a time)
 * or, not contiguous, every such pixel of the picture.
 */
export function selectSimilar(
  rgba: Uint8ClampedArray,
  width: number,
  height: number,
  seed: { x: number; y: number },
  tolerance = DEFAULT_TOLERANCE,
  contiguous = true,
): Selection {
  const bits = new Uint8Array(width * height);
  const sx = Math.floor(seed.x);
  const sy = Math.floor(seed.y);
  if (sx < 0 || sy < 0 || sx >= width || sy >= height) return { bits, bounds: null, count: 0 };
  const s = (sy * width + sx) * 4;
  const r = rgba[s]!;
  const g = rgba[s + 1]!;
  const b = rgba[s + 2]!;
  const near = (p: number) => {
    const j = p * 4;
    return (
      Math.abs(rgba[j]! - r) <= tolerance &&
      Math.abs(rgba[j + 1]! - g) <= tolerance &&
      Math.abs(rgba[j + 2]! - b) <= tolerance
    );
  };
  let x0 = width;
  let y0 = height;
  let x1 = -1;
  let y1 = -1;
  let count = 0;
  const mark = (y: number, from: number, to: number) => {
    bits.fill(255, y * width + from, y * width + to + 1);
    count += to - from + 1;
    if (from < x0) x0 = from;
    if (to > x1) x1 = to;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  };

  if (!contiguous) {
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) if (near(y * width + x)) mark(y, x, x);
    }
  } else {
    const stack: number[] = [sx, sy];
    while (stack.length > 0) {
      const y = stack.pop()!;
      const x = stack.pop()!;
      const row = y * width;
      if (bits[row + x] || !near(row + x)) continue;
      let left = x;
      while (left > 0 && !bits[row + left - 1] && near(row + left - 1)) left--;
      let right = x;
      while (right < width - 1 && !bits[row + right + 1] && near(row + right + 1)) right++;
      mark(y, left, right);
      // Seed the rows above and below once per run of matching pixels.
      for (const ny of [y - 1, y + 1]) {
        if (ny < 0 || ny >= height) continue;
        const nrow = ny * width;
        let inRun = false;
        for (let nx = left; nx <= right; nx++) {
          const open = !bits[nrow + nx] && near(nrow + nx);
          if (open && !inRun) stack.push(nx, ny);
          inRun = open;
        }
      }
    }
  }
  const bounds = x1 < 0 ? null : { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 };
  return { bits, bounds, count };
}
