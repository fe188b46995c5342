/**
 * Gradient (Perlin-style) noise rendered into whole fields at once. Lattice coordinates can wrap
 * so a field tiles exactly: textures and `tiling` generations rely on that.
 */

const DIRECTIONS = 16;
const GX = new Float32Array(DIRECTIONS);
const GY = new Float32Array(DIRECTIONS);
for (let i = 0; i < DIRECTIONS; i++) {
  GX[i] = Math.cos((i / DIRECTIONS) * Math.PI * 2);
  GY[i] = Math.sin((i / DIRECTIONS) * Math.PI * 2);
}

export type NoiseMode = 'fbm' | 'turbulence' | 'ridged';

export interface NoiseOptions {
  /** Field size in samples. */
  width: number;
  height: number;
  /** Lattice cells across the field at the first octave; each octave doubles them. */
  cellsX: number;
  cellsY: number;
  octaves: number;
  seed: number;
  /** Amplitude ratio between octaves (0.5 = classic 1/f). */
  gain?: number;
  /** Wrap the lattice so the field's opposite edges meet seamlessly. */
  periodic?: boolean;
  mode?: NoiseMode;
}

function corner(ix: number, iy: number, seed: number): number {
  let h = Math.imul(ix, 0x27d4eb2d) ^ Math.imul(iy, 0x165667b1) ^ seed;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  h ^= h >>> 13;
  return h & (DIRECTIONS - 1);
}

/**
 * fbm: roughly -1..1, zero-mean. turbulence: 0..1 (sum of |noise|, billowy). ridged: 0..1 with
 * sharp crests where the noise crosses zero — mountain ridges and marble veins.
 */
export function noiseField(o: NoiseOptions): Float32Array {
  const { width, height, seed } = o;
  const gain = o.gain ?? 0.5;
  const mode = o.mode ?? 'fbm';
  const out = new Float32Array(width * height);
  const colI0 = new Int32Array(width);
  const colI1 = new Int32Array(width);
  const colF = new Float32Array(width);
  const colU = new Float32Array(width);
  let amp = 1;
  let total = 0;
  for (let oct = 0; oct < o.octaves; oct++) {
    const px = Math.max(1, Math.round(o.cellsX * 2 ** oct));
    const py = Math.max(1, Math.round(o.cellsY * 2 ** oct));
    const s = (seed + Math.imul(oct + 1, 0x3c6ef372)) | 0;
    for (let x = 0; x < width; x++) {
      const u = ((x + 0.5) / width) * px;
      const i = Math.floor(u);
      const f = u - i;
      colI0[x] = o.periodic ? i % px : i;
      colI1[x] = o.periodic ? (i + 1) % px : i + 1;
      colF[x] = f;
      colU[x] = f * f * f * (f * (f * 6 - 15) + 10);
    }
    for (let y = 0; y < height; y++) {
      const v = ((y + 0.5) / height) * py;
      const j = Math.floor(v);
      const fy = v - j;
      const uy = fy * fy * fy * (fy * (fy * 6 - 15) + 10);
      const j0 = o.periodic ? j % py : j;
      const j1 = o.periodic ? (j + 1) % py : j + 1;
      const row = y * width;
      for (let x = 0; x < width; x++) {
        const i0 = colI0[x]!;
        const i1 = colI1[x]!;
        const fx = colF[x]!;
        const ux = colU[x]!;
        const a = corner(i0, j0, s);
        const b = corner(i1, j0, s);
        const c = corner(i0, j1, s);
        const d = corner(i1, j1, s);
        const na = GX[a]! * fx + GY[a]! * fy;
        const nb = GX[b]! * (fx - 1) + GY[b]! * fy;
        const nc = GX[c]! * fx + GY[c]! * (fy - 1);
        const nd = GX[d]! * (fx - 1) + GY[d]! * (fy - 1);
        const top = na + (nb - na) * ux;
        let n = (top + (nc + (nd - nc) * ux - top) * uy) * 1.41;
        if (mode === 'turbulence') n = Math.abs(n);
        else if (mode === 'ridged') n = (1 - Math.abs(n)) * (1 - Math.abs(n));
        out[row + x] = out[row + x]! + n * amp;
      }
    }
    total += amp;
    amp *= gain;
  }
  const inv = 1 / total;
  for (let i = 0; i < out.length; i++) out[i]! *= inv;
  return out;
}

/** A 1-D fbm profile (one value per column), e.g. for mountain ridgelines. */
export function noiseProfile(
  length: number,
  cells: number,
  octaves: number,
  seed: number,
  mode: NoiseMode = 'fbm',
  periodic = false,
): Float32Array {
  return noiseField({
    width: length,
    height: 1,
    cellsX: cells,
    cellsY: 1,
    octaves,
    seed,
    mode,
    periodic,
  });
}
