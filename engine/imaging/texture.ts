import sharp from 'sharp';
import { hex, mixRgb } from './color.ts';
import type { Rgb } from './color.ts';
import { MATERIALS, renderMaterial } from './material.ts';
import type { MaterialKind, MaterialMaps } from './material.ts';
import type { ObjMesh } from './obj.ts';
import { promptLook, tokenize } from './prompt-look.ts';
import { fnv1a, hashNumbers } from './rng.ts';
import { COLOR_WORDS } from './themes.ts';

export { parseObj } from './obj.ts';
export type { ObjMesh } from './obj.ts';

export interface TextureParams {
  mesh: ObjMesh;
  prompt: string;
  negativePrompt?: string | null;
  seed: number;
  /** Side of the square maps in pixels (512 or 1024). */
  size: number;
}

export interface TextureMaps {
  ALBEDO: Buffer;
  NORMAL: Buffer;
  ROUGHNESS: Buffer;
  DISPLACEMENT: Buffer;
}

const KEYWORDS: Readonly<Record<string, MaterialKind>> = {
  wood: 'wood',
  wooden: 'wood',
  oak: 'wood',
  timber: 'wood',
  plank: 'wood',
  bark: 'wood',
  walnut: 'wood',
  pine: 'wood',
  marble: 'marble',
  granite: 'marble',
  quartz: 'marble',
  brick: 'brick',
  bricks: 'brick',
  wall: 'brick',
  tiles: 'brick',
  tile: 'brick',
  metal: 'metal',
  steel: 'metal',
  iron: 'metal',
  chrome: 'metal',
  aluminium: 'metal',
  aluminum: 'metal',
  brushed: 'metal',
  copper: 'metal',
  silver: 'metal',
  stone: 'stone',
  rock: 'stone',
  cobble: 'stone',
  cobblestone: 'stone',
  pebble: 'stone',
  concrete: 'stone',
  gravel: 'stone',
  rust: 'rust',
  rusty: 'rust',
  corroded: 'rust',
  weathered: 'rust',
  scales: 'organic',
  scale: 'organic',
  skin: 'organic',
  reptile: 'organic',
  snake: 'organic',
  dragon: 'organic',
  leather: 'organic',
  lizard: 'organic',
  fabric: 'fabric',
  cloth: 'fabric',
  textile: 'fabric',
  linen: 'fabric',
  denim: 'fabric',
  wool: 'fabric',
  knit: 'fabric',
  canvas: 'fabric',
};

const COLOURS: Readonly<Record<MaterialKind, [string, string]>> = {
  wood: ['#4a2a14', '#c08a52'],
  marble: ['#3a3a40', '#f4f1ec'],
  brick: ['#5a2116', '#b8a89a'],
  metal: ['#5d646c', '#d5dbe1'],
  stone: ['#3b3a37', '#a8a49b'],
  rust: ['#4a2412', '#b9bec4'],
  fabric: ['#2d3a5c', '#8ea2cf'],
  organic: ['#203020', '#c8d0a0'],
};

/**
 * A seamless PBR material for a mesh from a prompt: material keywords pick a recipe (otherwise the
 * prompt's hash does), colour words tint it, and larger meshes get more pattern repeats.
 */
export async function renderTextureMaps(p: TextureParams): Promise<TextureMaps> {
  const banned = new Set(tokenize(p.negativePrompt));
  const words = tokenize(p.prompt).filter((w) => !banned.has(w));
  const kind =
    words.map((w) => KEYWORDS[w]).find((k) => k !== undefined) ??
    MATERIALS[fnv1a(words.join(' ')) % MATERIALS.length]!;
  let [dark, light] = COLOURS[kind].map(hex) as [Rgb, Rgb];
  if (kind === 'organic') {
    const ramp = promptLook({
      prompt: p.prompt,
      negativePrompt: p.negativePrompt,
      seed: p.seed,
    }).ramp;
    dark = [ramp[30]!, ramp[31]!, ramp[32]!];
    light = [ramp[690]!, ramp[691]!, ramp[692]!];
  }
  const colourWord = words.map((w) => COLOR_WORDS[w]).find((c) => c !== undefined);
  if (colourWord) {
    const c = hex(colourWord);
    light = mixRgb(light, c, 0.65);
    dark = mixRgb(dark, [c[0] * 0.3, c[1] * 0.3, c[2] * 0.3], 0.6);
  }
  const { min, max } = p.mesh.bounds;
  const extent = Math.max(max[0] - min[0], max[1] - min[1], max[2] - min[2]);
  const repeat = 1 + Math.min(2, Math.max(0, Math.floor(Math.log2(Math.max(1e-9, extent) / 2))));
  const size = Math.max(8, Math.round(p.size));
  const maps = renderMaterial({
    kind,
    size,
    seed: hashNumbers(fnv1a(words.join(' ')), p.seed),
    repeat,
    dark,
    light,
  });
  const [ALBEDO, NORMAL, ROUGHNESS, DISPLACEMENT] = await Promise.all([
    png(maps.albedo, size, 3),
    png(normalMap(maps), size, 3),
    png(maps.roughness, size, 1),
    png(maps.height, size, 1),
  ]);
  return { ALBEDO, NORMAL, ROUGHNESS, DISPLACEMENT };
}

/** Tangent-space normals (OpenGL convention, green = up) from the height's wrapped gradient. */
export function normalMap(maps: MaterialMaps, strength = 6): Float32Array {
  const S = maps.size;
  const h = maps.height;
  const out = new Float32Array(S * S * 3);
  const k = (strength * S) / 512;
  for (let y = 0; y < S; y++) {
    const up = ((y - 1 + S) % S) * S;
    const down = ((y + 1) % S) * S;
    for (let x = 0; x < S; x++) {
      const dx = (h[y * S + ((x + 1) % S)]! - h[y * S + ((x - 1 + S) % S)]!) * k;
      // Rows grow downward while tangent-space v grows upward, hence the sign.
      const dv = (h[up + x]! - h[down + x]!) * k;
      const len = Math.sqrt(dx * dx + dv * dv + 1);
      const i = (y * S + x) * 3;
      out[i] = (-dx / len) * 0.5 + 0.5;
      out[i + 1] = (-dv / len) * 0.5 + 0.5;
      out[i + 2] = (1 / len) * 0.5 + 0.5;
    }
  }
  return out;
}

async function png(values: Float32Array, size: number, channels: 1 | 3): Promise<Buffer> {
  const bytes = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]! * 255 + 0.5;
    bytes[i] = v <= 0 ? 0 : v >= 255 ? 255 : v;
  }
  return sharp(bytes, { raw: { width: size, height: size, channels } })
    .png({ compressionLevel: 6 })
    .toBuffer();
}
