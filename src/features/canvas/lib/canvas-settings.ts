import {
  LCM_GUIDANCE,
  LCM_REFINE_STRENGTH,
  LCM_SIZES,
  LCM_STEPS,
  LCM_STRENGTH,
  LCM_STYLES,
  SEED_MAX,
  type LcmSize,
  type LcmStyle,
} from '../../../../contract/limits.ts';
import { DEFAULT_TOLERANCE } from '../../../lib/geometry/magic-wand.ts';
import { MAX_FEATHER } from '../../../lib/geometry/mask-raster.ts';
import { isPressureMode, type PressureMode } from '../tools/pressure.ts';

/** What the realtime canvas sends besides the pictures, and the tools' own settings. */
export interface CanvasSettings {
  prompt: string;
  style: LcmStyle;
  strength: number;
  guidance: number;
  steps: number;
  /** A fixed seed keeps live results steady while drawing; "New seed" picks another. */
  seed: number;
  /** Upscale: a more inventive refinement, and how strong it is (0.5–0.9). */
  refineCreative: boolean;
  refineStrength: number;
  /** Soft edge of the inpainting mask, in image pixels. */
  feather: number;
  /** What a pen's pressure changes. */
  pressure: PressureMode;
  /** The magic wand: how far a colour may be from the clicked one (0–255), and whether only the connected region. */
  wandTolerance: number;
  wandContiguous: boolean;
  /** Grow and shrink the mask by this many pixels. */
  maskStep: number;
}

export const DEFAULT_SETTINGS: CanvasSettings = {
  prompt: '',
  style: 'DYNAMIC',
  strength: 0.65,
  guidance: 7,
  steps: 8,
  seed: 1,
  refineCreative: false,
  refineStrength: 0.5,
  feather: 4,
  pressure: 'width',
  wandTolerance: DEFAULT_TOLERANCE,
  wandContiguous: true,
  maskStep: 8,
};

export const TOLERANCE_RANGE = { min: 0, max: 255 } as const;
export const MASK_STEP_RANGE = { min: 1, max: 64 } as const;

export const FEATHER_RANGE = { min: 0, max: MAX_FEATHER } as const;

export const PROMPT_MAX = 1500;

export function randomSeed(random: () => number = Math.random): number {
  return Math.floor(random() * 1_000_000_000);
}

const clamp = (value: number, range: { min: number; max: number }) =>
  Math.min(range.max, Math.max(range.min, value));

const finite = (value: unknown, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;

/** Reads settings saved by an earlier version (or damaged), keeping every value in range. */
export function sanitizeSettings(raw: unknown): CanvasSettings {
  const input = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<
    Record<keyof CanvasSettings, unknown>
  >;
  const d = DEFAULT_SETTINGS;
  return {
    prompt: typeof input.prompt === 'string' ? input.prompt.slice(0, PROMPT_MAX) : d.prompt,
    style: LCM_STYLES.includes(input.style as LcmStyle) ? (input.style as LcmStyle) : d.style,
    strength: clamp(finite(input.strength, d.strength), LCM_STRENGTH),
    guidance: clamp(finite(input.guidance, d.guidance), LCM_GUIDANCE),
    steps: Math.round(clamp(finite(input.steps, d.steps), LCM_STEPS)),
    seed: Math.round(clamp(finite(input.seed, d.seed), { min: 0, max: SEED_MAX })),
    refineCreative: typeof input.refineCreative === 'boolean' ? input.refineCreative : false,
    refineStrength: clamp(finite(input.refineStrength, d.refineStrength), LCM_REFINE_STRENGTH),
    feather: Math.round(clamp(finite(input.feather, d.feather), FEATHER_RANGE)),
    pressure: isPressureMode(input.pressure) ? input.pressure : d.pressure,
    wandTolerance: Math.round(clamp(finite(input.wandTolerance, d.wandTolerance), TOLERANCE_RANGE)),
    wandContiguous: typeof input.wandContiguous === 'boolean' ? input.wandContiguous : true,
    maskStep: Math.round(clamp(finite(input.maskStep, d.maskStep), MASK_STEP_RANGE)),
  };
}

/** Why nothing can be sent yet, in the user's words; null when the settings are complete. */
export function settingsProblem(settings: CanvasSettings): string | null {
  if (settings.prompt.trim() === '') return 'Write a prompt first.';
  return null;
}

export interface OutputSize {
  width: LcmSize;
  height: LcmSize;
}

/** Every width × height the API accepts (each side one of LCM_SIZES), square ones first. */
export const OUTPUT_SIZES: readonly OutputSize[] = [
  ...LCM_SIZES.map((side) => ({ width: side, height: side })),
  ...LCM_SIZES.flatMap((width) =>
    LCM_SIZES.filter((height) => height !== width).map((height) => ({ width, height })),
  ),
];

export const DEFAULT_OUTPUT_SIZE: OutputSize = { width: 512, height: 512 };

export const sizeKey = (size: OutputSize) => `${size.width}x${size.height}`;

export function parseSizeKey(key: string): OutputSize | undefined {
  return OUTPUT_SIZES.find((size) => sizeKey(size) === key);
}

export const isOutputSize = (size: { width: number; height: number }): size is OutputSize =>
  OUTPUT_SIZES.some((s) => s.width === size.width && s.height === size.height);

export function sizeLabel(size: OutputSize): string {
  const shape =
    size.width === size.height ? 'square' : size.width > size.height ? 'landscape' : 'portrait';
  return `${size.width} × ${size.height} (${shape})`;
}
