import type { CreateTextureBody } from '../../../../contract/index.ts';
import { SEED_MAX } from '../../../../contract/limits.ts';
import { PROMPT_MAX_LENGTH } from '../../../../contract/rules.ts';

export const PREVIEW_DIRECTIONS = ['front', 'back', 'left', 'right'] as const;
export type PreviewDirection = (typeof PREVIEW_DIRECTIONS)[number];

/** The SD versions the texture endpoint takes (a subset of the image ones). */
export const TEXTURE_SD_VERSIONS = [
  { value: 'v1_5', label: 'Stable Diffusion 1.5' },
  { value: 'v2', label: 'Stable Diffusion 2' },
] as const;
export type TextureSdVersion = (typeof TEXTURE_SD_VERSIONS)[number]['value'];

export const ROTATION = { min: 0, max: 360 } as const;

/** What the user typed: kept as typed (the seed as text) so an error never loses their input. */
export interface TextureDraft {
  prompt: string;
  negativePrompt: string;
  /** Empty for a random seed. */
  seed: string;
  preview: boolean;
  previewDirection: PreviewDirection;
  frontRotationOffset: number;
  sdVersion: TextureSdVersion;
}

export const DEFAULT_TEXTURE_DRAFT: TextureDraft = {
  prompt: '',
  negativePrompt: '',
  seed: '',
  preview: false,
  previewDirection: 'front',
  frontRotationOffset: 0,
  sdVersion: 'v1_5',
};

export type DraftErrors = Partial<
  Record<'prompt' | 'negativePrompt' | 'seed' | 'rotation', string>
>;

function seedError(seed: string): string | undefined {
  const trimmed = seed.trim();
  if (trimmed === '') return undefined;
  if (!/^\d+$/.test(trimmed)) return 'The seed is a whole number, or empty for a random one.';
  if (Number(trimmed) > SEED_MAX) return `The seed is at most ${SEED_MAX}.`;
  return undefined;
}

/** The same limits the API checks, so a mistake is shown beside its field before any request. */
export function validateDraft(draft: TextureDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (draft.prompt.trim() === '') errors.prompt = 'Describe the texture you want.';
  else if (draft.prompt.length > PROMPT_MAX_LENGTH) {
    errors.prompt = `The prompt is at most ${PROMPT_MAX_LENGTH} characters.`;
  }
  if (draft.negativePrompt.length > PROMPT_MAX_LENGTH) {
    errors.negativePrompt = `The negative prompt is at most ${PROMPT_MAX_LENGTH} characters.`;
  }
  const seed = seedError(draft.seed);
  if (seed) errors.seed = seed;
  const rotation = draft.frontRotationOffset;
  if (!Number.isInteger(rotation) || rotation < ROTATION.min || rotation > ROTATION.max) {
    errors.rotation = `The rotation is a whole number of degrees from ${ROTATION.min} to ${ROTATION.max}.`;
  }
  return errors;
}

/** The body of POST /generations-texture. Call only with a draft that validates. */
export function buildTextureBody(modelAssetId: string, draft: TextureDraft): CreateTextureBody {
  const negative = draft.negativePrompt.trim();
  const seed = draft.seed.trim();
  return {
    modelAssetId,
    prompt: draft.prompt.trim(),
    ...(negative ? { negative_prompt: negative } : {}),
    ...(seed ? { seed: Number(seed) } : {}),
    preview: draft.preview,
    preview_direction: draft.previewDirection,
    front_rotation_offset: draft.frontRotationOffset,
    sd_version: draft.sdVersion,
  };
}
