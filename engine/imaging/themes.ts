/**
 * The vocabulary the renderer understands: prompt words that pick a palette, a composition and
 * scene details. Colours are hand-picked so that every theme reads at a glance.
 */
export type Composition = 'horizon' | 'subject' | 'diagonal' | 'radial' | 'pattern';
export type Scenery = 'mountains' | 'hills' | 'forest' | 'city' | 'dunes' | 'sea';
export type SubjectKind = 'orb' | 'creature' | 'bust' | 'flower';

/** Roles rather than a flat list, so each part of a scene knows which colour it paints with. */
export interface PaletteHex {
  skyTop: string;
  skyHorizon: string;
  glow: string;
  far: string;
  near: string;
  subject: string;
  accent: string;
}

export interface Theme {
  words: readonly string[];
  palette: PaletteHex;
  composition?: Composition;
  scenery?: Scenery;
  subject?: SubjectKind;
  night?: boolean;
  snow?: boolean;
  /** Lighting themes (sunset, night…) colour a scene even when another theme names the place. */
  mood?: boolean;
}

// One theme per line — words | skyTop skyHorizon glow far near subject accent | composition,
// scenery or subject kind, and flags. The theme whose word comes first in the prompt wins ties.
const TABLE = [
  'sunset sunrise dusk dawn golden evening | 2b1f5c ff8a3d ffd27a 6b3a6e 1e1431 ff6b4a ffc65c | horizon mood',
  'ocean sea beach wave coast lake water island shore harbor | 3d8fd6 cfe8f5 fff6da 2f6f8f 0d3b56 3fc1c9 f4e2b8 | horizon sea',
  'forest tree woods jungle pine woodland | 7fb6d9 e3f0d8 fff3c4 4f7d5a 14301c 3e8e41 c8a15a | horizon forest',
  'autumn fall harvest october | 8fb4cf f3dcb8 ffe7b0 c4733b 4a2412 d9642b f2b13b | horizon forest mood',
  'snow winter ice frozen arctic glacier frost | 9cc3e6 f2f7fb ffffff c9d8e6 6f8ba3 e8f1f8 8fb8de | horizon mountains snow mood',
  'mountain alps peak valley landscape canyon cliff hike | 5a8fd0 dfe9f2 fff8e0 7d8fa8 2f3b35 6d7f5d e9eef2 | horizon mountains',
  'meadow field grass hill spring countryside farm village | 79b8e8 eaf5e0 fffbe0 9cc77a 3f7a2f f2c94c f28fad | horizon hills',
  'desert sand dune sahara arid egypt | 5fa2d6 f5dcb0 fff1c9 d9a066 a8643a e0b070 7a3f1e | horizon dunes',
  'city cyberpunk street urban skyline building tokyo town skyscraper | 0b0f2a 3b2a6b ff4fd8 1c2250 07091a 29e0ff ffdd55 | horizon city night',
  'night moon midnight moonlight starry stars | 05081a 1f2d5c e8ecff 1a2142 070a14 3a4a8c ffd98a | horizon night mood',
  'space galaxy nebula cosmic universe planet star astronaut | 050314 2a0f4a ff9de2 3b1d6e 0a0420 7b5cff 4de1ff | radial night',
  'fire flame lava volcano inferno dragon burning explosion | 1a0505 b32a0c ffd34d 5c1408 120303 ff6a13 ffe08a | radial',
  'magic portal energy fantasy spell wizard mystic aurora | 120a2e 4b2a8a ffe9a8 2d1b5e 0a0518 b56cff ffd36b | radial',
  'neon synthwave vaporwave retrowave glow laser | 12002b ff2e97 00f0ff 3c0a6b 0a0018 ff2e97 00f0ff | diagonal',
  'abstract fluid swirl flow silk smoke liquid marble | 1b2a4a e8d5c4 fff4e8 5b7fa6 101828 d98f6a f2c46d | diagonal',
  'underwater coral reef fish jellyfish deep | 02203a 1f8fa8 bff6ff 0f5470 021423 ff7f6a ffd36b | diagonal',
  'cat kitten dog puppy fox owl animal bear lion tiger rabbit bunny wolf creature pet monster | f3e3c8 d9b48f fff4e0 b98a5e 6b4a2f e08a3c 3a2a1e | creature',
  'portrait woman man girl boy person face character warrior knight princess queen king lady people selfie | 3a4a5c 8a9bb0 ffe3c4 54657a 1c232c d9a184 c04a3a | bust',
  'flower rose garden blossom tulip bloom sakura daisy sunflower lotus orchid bouquet | bfe3c9 f6f1e4 fffbe8 7fb38a 2e5b3a e8547a ffd24a | flower',
  'robot car spaceship machine mech vehicle sphere orb crystal gem ball bubble product logo icon toy | 1d2330 5a6478 cfe6ff 2c3444 0e1118 8fa3c0 39c6ff | orb',
];

const COMPOSITIONS: readonly string[] = ['horizon', 'diagonal', 'radial'];
const SCENERIES: readonly string[] = ['mountains', 'hills', 'forest', 'city', 'dunes', 'sea'];
const SUBJECTS: readonly string[] = ['orb', 'creature', 'bust', 'flower'];

function parseTheme(line: string): Theme {
  const [words = '', colours = '', flags = ''] = line.split('|').map((part) => part.trim());
  const c = colours.split(/\s+/).map((h) => `#${h}`);
  const theme: Theme = {
    words: words.split(/\s+/),
    palette: {
      skyTop: c[0] ?? '#000',
      skyHorizon: c[1] ?? '#000',
      glow: c[2] ?? '#000',
      far: c[3] ?? '#000',
      near: c[4] ?? '#000',
      subject: c[5] ?? '#000',
      accent: c[6] ?? '#000',
    },
  };
  for (const flag of flags.split(/\s+/).filter(Boolean)) {
    if (COMPOSITIONS.includes(flag)) theme.composition = flag as Composition;
    else if (SCENERIES.includes(flag)) theme.scenery = flag as Scenery;
    else if (SUBJECTS.includes(flag)) {
      theme.subject = flag as SubjectKind;
      theme.composition = 'subject';
    } else if (flag === 'night' || flag === 'snow' || flag === 'mood') theme[flag] = true;
  }
  return theme;
}

export const THEMES: readonly Theme[] = TABLE.map(parseTheme);

/** Colour words tint the subject and accent and pull the whole palette a little toward them. */
export const COLOR_WORDS: Readonly<Record<string, string>> = {
  red: '#d8322b',
  crimson: '#b3152e',
  orange: '#f07c1f',
  yellow: '#f5d130',
  gold: '#e0b23a',
  golden: '#e0b23a',
  green: '#3faa4a',
  emerald: '#1f9e6a',
  teal: '#1f9e98',
  turquoise: '#2fc4c0',
  cyan: '#2fd0e0',
  blue: '#2f6bd8',
  azure: '#3a8fe8',
  navy: '#1b2a6b',
  purple: '#7c3fc7',
  violet: '#8a4fd8',
  lavender: '#b59ae8',
  magenta: '#d02fa8',
  pink: '#f27fb2',
  brown: '#8a5a32',
  black: '#141414',
  white: '#f5f5f5',
  grey: '#8a8a8a',
  gray: '#8a8a8a',
  silver: '#c0c6cc',
};
