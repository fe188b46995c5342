/**
 * Hole filling: push-pull (a pyramid fill, Gortler et al. 1996) gives every unknown pixel a
 * weighted average of known pixels at the coarsest scale that has any, then Gauss–Seidel
 * relaxation turns it into a harmonic (membrane) interpolation of the hole's boundary.
 */

interface Level {
  w: number;
  h: number;
  c: Float32Array;
  wt: Float32Array;
}

/** `rgb` is interleaved 0..1; `known[i]` is 1 for pixels to keep. Returns a filled copy. */
export function harmonicFill(
  rgb: Float32Array,
  known: Uint8Array,
  w: number,
  h: number,
  iterations = 40,
): Float32Array {
  const levels: Level[] = [];
  const c0 = new Float32Array(w * h * 3);
  const wt0 = new Float32Array(w * h);
  for (let i = 0; i < w * h; i++) {
    if (!known[i]) continue;
    wt0[i] = 1;
    c0[i * 3] = rgb[i * 3]!;
    c0[i * 3 + 1] = rgb[i * 3 + 1]!;
    c0[i * 3 + 2] = rgb[i * 3 + 2]!;
  }
  levels.push({ w, h, c: c0, wt: wt0 });
  let top = levels[0]!;
  while (top.w > 1 || top.h > 1) {
    const nw = Math.ceil(top.w / 2);
    const nh = Math.ceil(top.h / 2);
    const c = new Float32Array(nw * nh * 3);
    const wt = new Float32Array(nw * nh);
    for (let y = 0; y < nh; y++) {
      for (let x = 0; x < nw; x++) {
        let sw = 0;
        let sr = 0;
        let sg = 0;
        let sb = 0;
        for (let dy = 0; dy < 2; dy++) {
          const fy = Math.min(top.h - 1, y * 2 + dy);
          for (let dx = 0; dx < 2; dx++) {
            const k = fy * top.w + Math.min(top.w - 1, x * 2 + dx);
            const q = top.wt[k]!;
            sw += q;
            sr += q * top.c[k * 3]!;
            sg += q * top.c[k * 3 + 1]!;
            sb += q * top.c[k * 3 + 2]!;
          }
        }
        const k = y * nw + x;
        if (sw > 0) {
          c[k * 3] = sr / sw;
          c[k * 3 + 1] = sg / sw;
          c[k * 3 + 2] = sb / sw;
        }
        wt[k] = Math.min(1, sw);
      }
    }
    top = { w: nw, h: nh, c, wt };
    levels.push(top);
  }
  for (let l = levels.length - 2; l >= 0; l--) {
    const fine = levels[l]!;
    const coarse = levels[l + 1]!;
    for (let y = 0; y < fine.h; y++) {
      const py = Math.min(coarse.h - 1, Math.max(0, (y + 0.5) / 2 - 0.5));
      const y0 = Math.floor(py);
      const y1 = Math.min(coarse.h - 1, y0 + 1);
      const fy = py - y0;
      for (let x = 0; x < fine.w; x++) {
        const k = y * fine.w + x;
        const q = fine.wt[k]!;
        if (q >= 1) continue;
        const px = Math.min(coarse.w - 1, Math.max(0, (x + 0.5) / 2 - 0.5));
        const x0 = Math.floor(px);
        const x1 = Math.min(coarse.w - 1, x0 + 1);
        const fx = px - x0;
        for (let ch = 0; ch < 3; ch++) {
          const a = coarse.c[(y0 * coarse.w + x0) * 3 + ch]!;
          const b = coarse.c[(y0 * coarse.w + x1) * 3 + ch]!;
          const c = coarse.c[(y1 * coarse.w + x0) * 3 + ch]!;
          const d = coarse.c[(y1 * coarse.w + x1) * 3 + ch]!;
          const up = (a + (b - a) * fx) * (1 - fy) + (c + (d - c) * fx) * fy;
          fine.c[k * 3 + ch] = q * fine.c[k * 3 + ch]! + (1 - q) * up;
        }
      }
    }
  }
  relax(c0, known, w, h, iterations);
  return c0;
}

/** Gauss–Seidel sweeps of the Laplace equation over the unknown pixels only. */
function relax(c: Float32Array, known: Uint8Array, w: number, h: number, iterations: number): void {
  const hole: number[] = [];
  for (let i = 0; i < w * h; i++) if (!known[i]) hole.push(i);
  const idx = Int32Array.from(hole);
  for (let it = 0; it < iterations; it++) {
    for (let t = 0; t < idx.length; t++) {
      const i = idx[t]!;
      const x = i % w;
      const l = x > 0 ? i - 1 : i;
      const r = x < w - 1 ? i + 1 : i;
      const u = i >= w ? i - w : i;
      const d = i < w * (h - 1) ? i + w : i;
      for (let ch = 0; ch < 3; ch++) {
        c[i * 3 + ch] = (c[l * 3 + ch]! + c[r * 3 + ch]! + c[u * 3 + ch]! + c[d * 3 + ch]!) * 0.25;
      }
    }
  }
}

/**
 * Chamfer (1, √2) distance from every pixel where `inside[i] !== target` to the nearest pixel
 * where it equals `target`, capped; pixels equal to `target` get 0.
 */
export function chamferDistance(
  inside: Uint8Array,
  target: number,
  w: number,
  h: number,
  cap: number,
): Float32Array {
  const d = new Float32Array(w * h);
  for (let i = 0; i < w * h; i++) d[i] = inside[i] === target ? 0 : cap;
  const D = Math.SQRT2;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      let v = d[i]!;
      if (v === 0) continue;
      if (x > 0) v = Math.min(v, d[i - 1]! + 1);
      if (y > 0) {
        v = Math.min(v, d[i - w]! + 1);
        if (x > 0) v = Math.min(v, d[i - w - 1]! + D);
        if (x < w - 1) v = Math.min(v, d[i - w + 1]! + D);
      }
      d[i] = v;
    }
  }
  for (let y = h - 1; y >= 0; y--) {
    for (let x = w - 1; x >= 0; x--) {
      const i = y * w + x;
      let v = d[i]!;
      if (v === 0) continue;
      if (x < w - 1) v = Math.min(v, d[i + 1]! + 1);
      if (y < h - 1) {
        v = Math.min(v, d[i + w]! + 1);
        if (x < w - 1) v = Math.min(v, d[i + w + 1]! + D);
        if (x > 0) v = Math.min(v, d[i + w - 1]! + D);
      }
      d[i] = v;
    }
  }
  return d;
}
