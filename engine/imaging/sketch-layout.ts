/**
 * Reads a rough layout out of a sketch so the prompt's scene can be placed where the user drew:
 * the horizon at the strongest full-width horizontal edge, the subject on the main drawn blob.
 */
export interface SceneHints {
  /** Horizon height as a fraction of the image height. */
  horizon?: number;
  /** Subject centre and radius, as fractions of width, height and the shorter side. */
  subject?: { x: number; y: number; r: number; fit?: 'head' | 'whole' };
}

/** Coarse steps keep the hints stable while the user draws, so cached scenes get reused. */
const quantise = (v: number) => Math.round(v * 20) / 20;

export function sketchLayout(
  planes: readonly [Float32Array, Float32Array, Float32Array],
  w: number,
  h: number,
): SceneHints {
  const [pr, pg, pb] = planes;
  const n = w * h;
  const rowMean = new Float32Array(h);
  const luma = new Float32Array(n);
  for (let y = 0; y < h; y++) {
    let sum = 0;
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      const l = 0.299 * pr[i]! + 0.587 * pg[i]! + 0.114 * pb[i]!;
      luma[i] = l;
      sum += l;
    }
    rowMean[y] = sum / w;
  }
  const hints: SceneHints = {};
  let best = 0.08;
  const gap = Math.max(1, Math.round(h / 64));
  for (let y = Math.round(h * 0.25); y < Math.round(h * 0.85); y++) {
    const jump = Math.abs(rowMean[Math.min(h - 1, y + gap)]! - rowMean[Math.max(0, y - gap)]!);
    if (jump > best) {
      best = jump;
      hints.horizon = quantise(y / h);
    }
  }
  const limit = hints.horizon !== undefined ? Math.floor(hints.horizon * h) - gap : h;
  let count = 0;
  let sx = 0;
  let sy = 0;
  for (let y = 0; y < limit; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      const r = pr[i]!;
      const g = pg[i]!;
      const b = pb[i]!;
      const chroma = Math.max(r, g, b) - Math.min(r, g, b);
      if (chroma > 0.2 || luma[i]! < 0.35) {
        count++;
        sx += x;
        sy += y;
      }
    }
  }
  if (count > n * 0.01) {
    const r = Math.sqrt(count / Math.PI) / Math.min(w, h);
    hints.subject = {
      x: quantise(sx / count / w),
      y: quantise(sy / count / h),
      r: quantise(Math.min(0.45, Math.max(0.08, r))),
    };
  }
  return hints;
}
