import { hash2d } from './rng.ts';

/** Voronoi result of the last call: nearest distance, second distance, nearest cell's random. */
export const cell = new Float64Array(3);

/** Distances to the nearest and second-nearest jittered cell point, wrapping every `period` cells. */
export function voronoi(px: number, py: number, period: number, seed: number): void {
  const cx = Math.floor(px);
  const cy = Math.floor(py);
  let f1 = 9;
  let f2 = 9;
  let id = 0;
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) {
      const gx = cx + dx;
      const gy = cy + dy;
      const wx = ((gx % period) + period) % period;
      const wy = ((gy % period) + period) % period;
      const fx = gx + 0.15 + 0.7 * hash2d(wx, wy, seed) - px;
      const fy = gy + 0.15 + 0.7 * hash2d(wx, wy, seed ^ 0x9e3779b9) - py;
      const d = Math.sqrt(fx * fx + fy * fy);
      if (d < f1) {
        f2 = f1;
        f1 = d;
        id = hash2d(wx, wy, seed + 1);
      } else if (d < f2) f2 = d;
    }
  }
  cell[0] = f1;
  cell[1] = f2;
  cell[2] = id;
}
