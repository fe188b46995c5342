import type { Generation } from '../../../contract/index.ts';

/**
 * The settings that made an image, as the studio writes them into a downloaded file and reads
 * them back from one (its own, or another tool's). Every field but the prompt may be unknown
 * (null): other tools record less, and Leonardo's answers do not record everything either.
 */
export interface GenerationSettings {
  prompt: string;
  negativePrompt: string | null;
  modelId: string | null;
  /** A model's display name: Leonardo's, or the checkpoint name another tool recorded. */
  modelName: string | null;
  width: number | null;
  height: number | null;
  seed: number | null;
  guidanceScale: number | null;
  /** Leonardo's preset style (e.g. DYNAMIC); another tool's style name is kept as it is. */
  presetStyle: string | null;
  alchemy: boolean | null;
  photoReal: boolean | null;
  photoRealVersion: string | null;
  photoRealStrength: number | null;
  promptMagic: boolean | null;
  promptMagicVersion: string | null;
  promptMagicStrength: number | null;
  numImages: number | null;
  initStrength: number | null;
  steps: number | null;
  /** Leonardo's scheduler, or another tool's sampler name. */
  sampler: string | null;
  generationId: string | null;
  imageId: string | null;
  /** What another tool recorded that has no field here ("Model hash", "Clip skip"…), by its name. */
  otherParameters: Record<string, string>;
}

export const EMPTY_SETTINGS: GenerationSettings = {
  prompt: '',
  negativePrompt: null,
  modelId: null,
  modelName: null,
  width: null,
  height: null,
  seed: null,
  guidanceScale: null,
  presetStyle: null,
  alchemy: null,
  photoReal: null,
  photoRealVersion: null,
  photoRealStrength: null,
  promptMagic: null,
  promptMagicVersion: null,
  promptMagicStrength: null,
  numImages: null,
  initStrength: null,
  steps: null,
  sampler: null,
  generationId: null,
  imageId: null,
  otherParameters: {},
};

export interface FromGenerationExtras {
  /** The model's display name, when the caller knows it (the platform models list). */
  modelName?: string | null;
  /** Which of the generation's images this file is. */
  imageId?: string | null;
  /** Alchemy is not in Leonardo's answer: the caller may know it (it sent the request). */
  alchemy?: boolean | null;
  photoRealVersion?: string | null;
}

/** The settings of one of a generation's images, from the API's answer. */
export function settingsFromGeneration(
  generation: Generation,
  extras: FromGenerationExtras = {},
): GenerationSettings {
  return {
    ...EMPTY_SETTINGS,
    prompt: generation.prompt,
    negativePrompt: generation.negativePrompt,
    modelId: generation.modelId,
    modelName: extras.modelName ?? null,
    width: generation.imageWidth,
    height: generation.imageHeight,
    seed: generation.seed,
    guidanceScale: generation.guidanceScale,
    presetStyle: generation.presetStyle,
    alchemy: extras.alchemy ?? null,
    photoReal: generation.photoReal,
    photoRealVersion: extras.photoRealVersion ?? null,
    photoRealStrength: generation.photoRealStrength,
    promptMagic: generation.promptMagic,
    promptMagicVersion: generation.promptMagicVersion,
    promptMagicStrength: generation.promptMagicStrength,
    numImages: generation.generated_images.length || null,
    initStrength: generation.initStrength,
    steps: generation.inferenceSteps,
    sampler: generation.scheduler ?? null,
    generationId: generation.id,
    imageId: extras.imageId ?? null,
    otherParameters: {},
  };
}

type Field = Exclude<keyof GenerationSettings, 'prompt' | 'otherParameters'>;
type Kind = 'string' | 'number' | 'boolean';

const FIELD_KINDS: Record<Field, Kind> = {
  negativePrompt: 'string',
  modelId: 'string',
  modelName: 'string',
  width: 'number',
  height: 'number',
  seed: 'number',
  guidanceScale: 'number',
  presetStyle: 'string',
  alchemy: 'boolean',
  photoReal: 'boolean',
  photoRealVersion: 'string',
  photoRealStrength: 'number',
  promptMagic: 'boolean',
  promptMagicVersion: 'string',
  promptMagicStrength: 'number',
  numImages: 'number',
  initStrength: 'number',
  steps: 'number',
  sampler: 'string',
  generationId: 'string',
  imageId: 'string',
};

/** Longest text field accepted from a file: well over the API's 1,500-character prompt. */
const MAX_TEXT = 10_000;

function fieldValue(kind: Kind, value: unknown): string | number | boolean | null {
  if (kind === 'string')
    return typeof value === 'string' && value.length <= MAX_TEXT ? value : null;
  if (kind === 'number') return typeof value === 'number' && Number.isFinite(value) ? value : null;
  return typeof value === 'boolean' ? value : null;
}

/**
 * Settings read from a file are whatever the file says: each field is kept only when it has the
 * right type, and anything without a prompt is no settings at all.
 */
export function validateSettings(value: unknown): GenerationSettings | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  const prompt = record.prompt;
  if (typeof prompt !== 'string' || prompt.trim() === '' || prompt.length > MAX_TEXT) return null;
  const settings: GenerationSettings = { ...EMPTY_SETTINGS, prompt, otherParameters: {} };
  const mutable = settings as unknown as Record<Field, unknown>;
  for (const [field, kind] of Object.entries(FIELD_KINDS) as Array<[Field, Kind]>) {
    mutable[field] = fieldValue(kind, record[field]);
  }
  const others = record.otherParameters;
  if (typeof others === 'object' && others !== null && !Array.isArray(others)) {
    for (const [name, text] of Object.entries(others as Record<string, unknown>)) {
      if (typeof text === 'string' && text.length <= MAX_TEXT)
        settings.otherParameters[name] = text;
    }
  }
  return settings;
}
