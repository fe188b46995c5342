import { buildRamp, hex, hslToRgb, luma, mixRgb, rgbToHsl } from './color.ts';
import type { Rgb } from './color.ts';
import { fnv1a, hashNumbers, mulberry32, range } from './rng.ts';
import { styleLook } from './styles.ts';
import type { StyleLook } from './styles.ts';
import { COLOR_WORDS, THEMES } from './themes.ts';
import type { Composition, PaletteHex, Scenery, SubjectKind, Theme } from './themes.ts';

export type { Composition, Scenery, SubjectKind } from './themes.ts';

export type Palette = { [K in keyof PaletteHex]: Rgb };

/** Everything a renderer needs to know about a prompt, decided once and deterministically. */
export interface PromptLook {
  /** Hash of prompt, negative prompt, style and seed: the root of all later randomness. */
  hash: number;
  palette: Palette;
  /** The palette ordered dark → light as a 256-step gradient map. */
  ramp: Float32Array;
  composition: Composition;
  scenery: Scenery;
  subject: SubjectKind;
  night: boolean;
  snow: boolean;
  /** Lattice cells across the image for the first noise octave. */
  noiseScale: number;
  octaves: number;
  /** Strength of texture modulation. */
  contrast: number;
  /** Domain-warp amount for flowing compositions. */
  warp: number;
  style: StyleLook;
  /** The theme and colour words that were recognised (useful for tests and debugging). */
  matched: string[];
}

export interface LookInput {
  prompt: string;
  negativePrompt?: string | null;
  style?: string | null;
  seed: number;
  tiling?: boolean;
}

const ROLES: readonly (keyof PaletteHex)[] = [
  'skyTop',
  'skyHorizon',
  'glow',
  'far',
  'near',
  'subject',
  'accent',
];
const SCENERIES: readonly Scenery[] = ['mountains', 'hills', 'sea', 'dunes', 'forest', 'city'];
const SUBJECTS: readonly SubjectKind[] = ['orb', 'creature', 'bust', 'flower'];
const FREE_COMPOSITIONS: readonly Composition[] = [
  'horizon',
  'horizon',
  'subject',
  'diagonal',
  'radial',
];

export function tokenize(text: string | null | undefined): string[] {
  return (text ?? '').toLowerCase().match(/[a-z]+/g) ?? [];
}

/** Plurals should match too ("cats", "flowers", "cities"), without a stemming library. */
function forms(word: string): string[] {
  const out = [word];
  if (word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('s')) out.push(word.slice(0, -1));
  return out;
}

function pick<T>(items: readonly T[], rand: () => number): T {
  const item = items[Math.floor(rand() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function toPalette(hexes: PaletteHex): Palette {
  const out = {} as Palette;
  for (const role of ROLES) out[role] = hex(hexes[role]);
  return out;
}

/** A harmonious palette from a base hue when the prompt names nothing the renderer knows. */
function hashedPalette(baseHue: number, rand: () => number): Palette {
  const scheme = pick([30, 180, 120, 150, 210], rand);
  const dark = rand() < 0.2;
  const h2 = baseHue + scheme;
  const h3 = baseHue - scheme * 0.5;
  return {
    skyTop: hslToRgb(baseHue, 0.55, dark ? 0.12 : range(rand, 0.38, 0.55)),
    skyHorizon: hslToRgb(baseHue + 25, 0.5, dark ? 0.35 : 0.82),
    glow: hslToRgb(h2, 0.9, 0.88),
    far: hslToRgb(baseHue - 15, 0.35, dark ? 0.2 : 0.5),
    near: hslToRgb(baseHue - 25, 0.45, dark ? 0.06 : 0.16),
    subject: hslToRgb(h2, 0.7, 0.55),
    accent: hslToRgb(h3, 0.8, 0.62),
  };
}

function rotateHue(c: Rgb, degrees: number): Rgb {
  const [h, s, l] = rgbToHsl(c);
  return hslToRgb(h + degrees, s, l);
}

function hueDistance(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
}

export function promptLook(input: LookInput): PromptLook {
  const words = tokenize(input.prompt);
  const banned = new Set(tokenize(input.negativePrompt).flatMap(forms));
  const hash = hashNumbers(
    fnv1a(words.join(' ')),
    fnv1a(tokenize(input.negativePrompt).join(' ')),
    fnv1a(input.style ?? ''),
    input.seed,
  );
  const rand = mulberry32(hash);
  const promptRand = mulberry32(fnv1a(words.join(' ')) ^ 0x5bd1e995);

  const themes: Theme[] = [];
  const colours: Rgb[] = [];
  const matched: string[] = [];
  for (const word of words) {
    const variants = forms(word);
    if (variants.some((v) => banned.has(v))) continue;
    const theme = THEMES.find((t) => variants.some((v) => t.words.includes(v)));
    if (theme && !themes.includes(theme) && !theme.words.some((w) => banned.has(w))) {
      themes.push(theme);
      matched.push(word);
    }
    const colour = variants.map((v) => COLOR_WORDS[v]).find((c) => c !== undefined);
    if (colour) {
      colours.push(hex(colour));
      matched.push(word);
    }
  }
  const scenic = themes.find((t) => !t.subject && t.mood) ?? themes.find((t) => !t.subject);
  const subjectTheme = themes.find((t) => t.subject);

  let palette: Palette;
  if (scenic || subjectTheme) {
    palette = toPalette((scenic ?? subjectTheme)!.palette);
    if (scenic && subjectTheme) {
      const sub = toPalette(subjectTheme.palette);
      palette.subject = sub.subject;
      palette.accent = sub.accent;
    }
  } else {
    const first = colours[0];
    const baseHue = first ? rgbToHsl(first)[0] + 200 : promptRand() * 360;
    palette = hashedPalette(baseHue, promptRand);
  }
  const [c1, c2] = colours;
  if (c1) {
    const chromatic = rgbToHsl(c1)[1] > 0.2;
    for (const role of ROLES) palette[role] = mixRgb(palette[role], c1, chromatic ? 0.15 : 0.05);
    palette.subject = c1;
    palette.accent = c2 ?? mixRgb(c1, [1, 1, 1], 0.45);
  }

  // Different seeds of one prompt vary a little in hue, like different takes of one scene.
  const jitter = range(rand, -8, 8);
  for (const role of ROLES) palette[role] = rotateHue(palette[role], jitter);

  // A negative colour word steers every palette entry of that hue to another hue.
  const avoid = [...banned].flatMap((w) => (COLOR_WORDS[w] ? [rgbToHsl(hex(COLOR_WORDS[w]))] : []));
  for (const [h, s] of avoid) {
    if (s < 0.2) continue;
    for (const role of ROLES) {
      const [hh, ss] = rgbToHsl(palette[role]);
      if (ss > 0.2 && hueDistance(hh, h) < 40) palette[role] = rotateHue(palette[role], 120);
    }
  }

  const composition: Composition = input.tiling
    ? 'pattern'
    : subjectTheme
      ? 'subject'
      : (themes.find((t) => !t.subject)?.composition ?? pick(FREE_COMPOSITIONS, promptRand));
  const style = styleLook(input.style);
  const sorted = ROLES.map((r) => palette[r]).sort((a, b) => luma(a) - luma(b));
  return {
    hash,
    palette,
    ramp: buildRamp(sorted),
    composition,
    scenery: themes.find((t) => t.scenery)?.scenery ?? pick(SCENERIES.slice(0, 5), promptRand),
    subject: subjectTheme?.subject ?? pick(SUBJECTS, promptRand),
    night: themes.some((t) => t.night),
    snow: themes.some((t) => t.snow),
    noiseScale: range(rand, 2, 5),
    octaves: Math.max(2, Math.round(range(rand, 4, 6.99) * style.detail)),
    contrast: range(rand, 0.8, 1.3),
    warp: range(rand, 0.3, 1.2),
    style,
    matched,
  };
}
