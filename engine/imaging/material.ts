import { resample } from './field.ts';
import { noiseField } from './noise.ts';
import type { NoiseMode } from './noise.ts';
import { hash2d, mulberry32, range } from './rng.ts';
import { cell, voronoi } from './voronoi.ts';

export const MATERIALS = [
  'wood',
  'marble',
  'brick',
  'metal',
  'stone',
  'rust',
  'fabric',
  'organic',
] as const;
export type MaterialKind = (typeof MATERIALS)[number];

/** Per-pixel surface description; everything is periodic over the square so it tiles. */
export interface MaterialMaps {
  size: number;
  height: Float32Array;
  albedo: Float32Array;
  roughness: Float32Array;
}

export interface MaterialInput {
  kind: MaterialKind;
  size: number;
  seed: number;
  /** Whole number of pattern repeats across the texture (bigger meshes get more). */
  repeat: number;
  /** Dark → light colours of the material. */
  dark: [number, number, number];
  light: [number, number, number];
}

/** Corrosion colour for rust, laid over the metal where the rust mask says so. */
const RUST: [number, number, number] = [0.55, 0.24, 0.09];

/**
 * Builds a tileable material. Every lattice (noise cells, bricks, Voronoi cells, weave) has a
 * whole number of periods across the square, and noise lattices wrap, so opposite edges meet.
 */
export function renderMaterial(m: MaterialInput): MaterialMaps {
  const S = m.size;
  const n = S * S;
  const rand = mulberry32(m.seed);
  const rep = m.repeat;
  const half = Math.max(8, S >> 1);
  const field = (cellsX: number, cellsY: number, octaves: number, mode: NoiseMode = 'fbm') =>
    resample(
      noiseField({
        width: half,
        height: half,
        cellsX: cellsX * rep,
        cellsY: cellsY * rep,
        octaves,
        seed: (rand() * 0x7fffffff) | 0,
        periodic: true,
        mode,
      }),
      half,
      half,
      S,
      S,
      1,
      true,
    );
  const fine = noiseField({
    width: S,
    height: S,
    cellsX: 48 * rep,
    cellsY: 48 * rep,
    octaves: 1,
    seed: (rand() * 0x7fffffff) | 0,
    periodic: true,
  });
  const height = new Float32Array(n);
  const rough = new Float32Array(n);
  const tone = new Float32Array(n);
  const rustMask = m.kind === 'rust' ? new Float32Array(n) : null;
  const base = field(4, 4, 5);
  const kind = m.kind;
  const extra =
    kind === 'wood'
      ? field(2, 24, 3)
      : kind === 'metal'
        ? field(1, 96, 2)
        : kind === 'marble'
          ? field(3, 3, 6, 'turbulence')
          : field(6, 6, 4);
  const bricksY = 8 * rep;
  const bricksX = 4 * rep;
  const rings = Math.round(range(rand, 3, 7)) * rep;
  const weave = 32 * rep;
  const cells = 6 * rep;
  const seed = (rand() * 0x7fffffff) | 0;
  for (let y = 0; y < S; y++) {
    const v = y / S;
    for (let x = 0; x < S; x++) {
      const u = x / S;
      const i = y * S + x;
      const b = base[i]!;
      const e = extra[i]!;
      const f = fine[i]!;
      let t: number;
      let hgt: number;
      let r: number;
      if (kind === 'wood') {
        const ring = 0.5 + 0.5 * Math.sin((u * rings + b * 0.35 + e * 0.08) * Math.PI * 2);
        t = 0.35 + 0.45 * ring ** 2 + e * 0.25 + f * 0.05;
        hgt = 0.5 + 0.25 * ring + e * 0.2;
        r = 0.65 + 0.15 * ring;
      } else if (kind === 'marble') {
        const vein = Math.abs(Math.sin(((u + v) * rep * 2 + e * 2.2) * Math.PI));
        t = 0.25 + 0.75 * vein ** 0.25 + b * 0.08;
        hgt = 0.5 + 0.08 * vein + b * 0.05;
        r = 0.12 + 0.1 * (1 - vein);
      } else if (kind === 'brick') {
        const row = Math.floor(v * bricksY);
        const bu = u * bricksX + (row % 2) * 0.5;
        const col = Math.floor(bu);
        const fx = bu - col;
        const fy = v * bricksY - row;
        // Horizontal distance to the joint, in brick heights, so mortar is equally thick both ways.
        const edge = (Math.min(fx, 1 - fx) * bricksY) / bricksX;
        const mortar = Math.min(edge, Math.min(fy, 1 - fy)) + b * 0.015;
        const inBrick = Math.min(1, Math.max(0, (mortar - 0.06) * 14));
        const shade = hash2d(((col % bricksX) + bricksX) % bricksX, row, seed);
        t = inBrick * (0.45 + 0.35 * shade + b * 0.2 + f * 0.08) + (1 - inBrick) * 0.9;
        hgt = 0.2 + 0.7 * inBrick + b * 0.08 * inBrick;
        r = 0.75 + 0.2 * (1 - inBrick);
      } else if (kind === 'metal' || kind === 'rust') {
        const brushed = 0.55 + e * 0.35 + f * 0.05;
        const rust = rustMask ? Math.min(1, Math.max(0, (b - 0.05) * 4 + f * 0.3)) : 0;
        if (rustMask) rustMask[i] = rust;
        t = brushed;
        hgt = 0.5 + e * 0.05 - rust * (0.15 + f * 0.2);
        r = 0.28 + e * 0.1 + rust * 0.6;
      } else if (kind === 'stone') {
        // Offset lattices: cell edges cluster near grid lines, which must not sit on the seam.
        voronoi(u * cells + 0.37, v * cells + 0.61, cells, seed);
        const f1 = cell[0]!;
        const gap = Math.min(1, (cell[1]! - f1) * 6);
        t = (0.3 + 0.35 * cell[2]! + b * 0.25 + f * 0.1) * (0.55 + 0.45 * gap);
        hgt = gap * (0.7 - f1 * 0.4) + b * 0.1;
        r = 0.8 + 0.15 * (1 - gap);
      } else if (kind === 'fabric') {
        const wu = u * weave;
        const wv = v * weave;
        const over = (Math.floor(wu) + Math.floor(wv)) % 2 === 0;
        const thread = over ? Math.sin((wu % 1) * Math.PI) : Math.sin((wv % 1) * Math.PI);
        t = 0.45 + 0.35 * thread + b * 0.1 + f * 0.05;
        hgt = 0.3 + 0.6 * thread;
        r = 0.9;
      } else {
        // Organic: small domed scales over a slowly varying colour field.
        voronoi(u * cells * 3 + 0.37, v * cells * 3 + 0.61, cells * 3, seed);
        const dome = Math.max(0, 1 - cell[0]! * 1.4);
        const gap = Math.min(1, (cell[1]! - cell[0]!) * 5);
        t = (0.45 + 0.35 * b + 0.2 * cell[2]!) * (0.6 + 0.4 * gap) + dome * 0.1;
        hgt = dome * 0.6 * gap + b * 0.2 + 0.2;
        r = 0.45 + 0.3 * (1 - gap);
      }
      tone[i] = t;
      height[i] = hgt;
      rough[i] = Math.min(1, Math.max(0, r));
    }
  }
  const albedo = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) {
    const t = Math.min(1, Math.max(0, tone[i]!));
    const rust = rustMask ? rustMask[i]! : 0;
    const grit = 0.7 + 0.6 * fine[i]! * 0.5 + 0.3 * (tone[i]! - 0.5);
    for (let c = 0; c < 3; c++) {
      const metal = m.dark[c]! + (m.light[c]! - m.dark[c]!) * t;
      albedo[i * 3 + c] = metal + (RUST[c]! * grit - metal) * rust;
    }
  }
  return { size: S, height, albedo, roughness: rough };
}
