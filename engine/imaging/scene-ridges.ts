import { noiseProfile } from './noise.ts';
import { range } from './rng.ts';
import type { Scenery } from './themes.ts';

/** One silhouette band of a landscape: the y of its top edge for every column. */
export interface Ridge {
  top: Float32Array;
  /** Building index per column (city only), −1 elsewhere: drives window placement. */
  building: Int32Array | null;
  buildingLeft: Int32Array | null;
}

/** How far down the ground area each layer's baseline sits, far → near. */
const BASES = [0, 0.3, 0.62];

export function layerCount(scenery: Scenery): number {
  return scenery === 'sea' ? 1 : 3;
}

/**
 * Builds the silhouettes of a landscape. Every scenery has its own profile: ridged peaks,
 * rolling hills, tree crowns, rectangular buildings, smooth dunes or low islands.
 */
export function buildRidges(
  scenery: Scenery,
  w: number,
  h: number,
  horizonY: number,
  rand: () => number,
): Ridge[] {
  const ridges: Ridge[] = [];
  const ground = h - horizonY;
  for (let k = 0; k < layerCount(scenery); k++) {
    const base = horizonY + ground * (BASES[k] ?? 0);
    const seed = (rand() * 0x7fffffff) | 0;
    const top = new Float32Array(w);
    let building: Int32Array | null = null;
    let buildingLeft: Int32Array | null = null;
    if (scenery === 'mountains') {
      const amp = h * [0.3, 0.2, 0.12][k]!;
      const prof = noiseProfile(w, range(rand, 1.5, 3) * (1 + k * 0.5), 6, seed, 'ridged');
      for (let x = 0; x < w; x++) top[x] = base - amp * prof[x]! * prof[x]! * 1.2;
    } else if (scenery === 'hills' || scenery === 'dunes') {
      const amp = h * (scenery === 'dunes' ? 0.09 : 0.07) * (1 + k * 0.25);
      const prof = noiseProfile(w, range(rand, 1.2, 2.5), scenery === 'dunes' ? 2 : 4, seed);
      for (let x = 0; x < w; x++) top[x] = base - amp * (0.6 + prof[x]!);
    } else if (scenery === 'sea') {
      // Distant islands: noise clipped at zero leaves open water between them.
      const prof = noiseProfile(w, range(rand, 2, 4), 5, seed);
      const amp = h * range(rand, 0.05, 0.12);
      for (let x = 0; x < w; x++) top[x] = base - amp * Math.max(0, prof[x]! * 1.6 - 0.25);
    } else if (scenery === 'forest') {
      const prof = noiseProfile(w, 1.5, 3, seed);
      for (let x = 0; x < w; x++) top[x] = base - h * 0.04 * (1 + prof[x]!);
      const hill = top.slice();
      const spacing = Math.max(2, w * range(rand, 0.012, 0.025) * (1 + k * 0.7));
      for (let cx = -spacing; cx < w + spacing; cx += spacing * range(rand, 0.5, 1.2)) {
        const height = h * (0.06 + 0.06 * k) * range(rand, 0.6, 1.3);
        const half = height * range(rand, 0.22, 0.32);
        const foot = hill[Math.min(w - 1, Math.max(0, Math.round(cx)))]!;
        for (let x = Math.max(0, Math.floor(cx - half)); x < Math.min(w, cx + half); x++) {
          const t = foot - height * (1 - Math.abs(x + 0.5 - cx) / half);
          if (t < top[x]!) top[x] = t;
        }
      }
    } else {
      building = new Int32Array(w).fill(-1);
      buildingLeft = new Int32Array(w);
      const amp = h * [0.34, 0.26, 0.16][k]!;
      let id = k * 10000;
      for (let x = 0; x < w;) {
        const bw = Math.max(3, Math.round(w * range(rand, 0.025, 0.07) * (1 + k * 0.5)));
        const bh = amp * range(rand, 0.25, 1) + h * 0.02;
        const gap = rand() < 0.2 ? Math.round(bw * 0.3) : 0;
        for (let i = x; i < Math.min(w, x + bw); i++) {
          top[i] = i < x + bw - gap ? base - bh : base;
          building[i] = i < x + bw - gap ? id : -1;
          buildingLeft[i] = x;
        }
        x += bw;
        id++;
      }
    }
    ridges.push({ top, building, buildingLeft });
  }
  return ridges;
}
