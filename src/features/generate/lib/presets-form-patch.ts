import { SD_STYLES, SEED_MAX, type SdStyle } from '../../../../contract/limits.ts';
import type { GenerationSettings } from '../../../lib/image-metadata/index.ts';
import { CUSTOM_MODEL, SERVER_DEFAULT_MODEL, type GenerateForm } from './form-state.ts';
import type { Preset } from './presets.ts';

/**
 * A saved preset and settings read from an image both become a patch of the Generate form. Apply
 * it with updateForm (form-rules.ts), which then settles the rules between switches.
 */

/** A model id the platform list no longer offers is kept as a custom model id, not lost. */
function modelFields(
  modelId: string,
  platformModelIds: readonly string[] | null,
): Partial<GenerateForm> {
  if (platformModelIds === null || platformModelIds.includes(modelId)) return { model: modelId };
  return { model: CUSTOM_MODEL, customModelId: modelId };
}

export function presetToFormPatch(
  preset: Preset,
  platformModelIds: readonly string[] | null = null,
): Partial<GenerateForm> {
  const patch: Partial<GenerateForm> = { ...preset.settings };
  const model = preset.settings.model;
  if (model !== undefined && model !== SERVER_DEFAULT_MODEL && model !== CUSTOM_MODEL) {
    Object.assign(patch, modelFields(model, platformModelIds));
  }
  return patch;
}

const wholeNumber = (n: number | null, min: number, max: number) =>
  n !== null && Number.isInteger(n) && n >= min && n <= max ? String(n) : undefined;

/**
 * The form fields an image's settings fill in. What the settings do not know stays as it is;
 * values the form would refuse (a size that is not a multiple of 8) are filled in all the same,
 * so the form says what is wrong with them rather than silently changing them.
 */
export function settingsToFormPatch(
  settings: GenerationSettings,
  platformModelIds: readonly string[] | null = null,
): Partial<GenerateForm> {
  const patch: Partial<GenerateForm> = {
    prompt: settings.prompt,
    negativePrompt: settings.negativePrompt ?? '',
  };
  if (settings.modelId !== null)
    Object.assign(patch, modelFields(settings.modelId, platformModelIds));
  // Leonardo's own settings without a model mean the server's default; another tool's say nothing about Leonardo's models.
  else if (settings.generationId !== null) patch.model = SERVER_DEFAULT_MODEL;
  const width = wholeNumber(settings.width, 1, 100_000);
  const height = wholeNumber(settings.height, 1, 100_000);
  if (width && height) Object.assign(patch, { width, height });
  const numImages = wholeNumber(settings.numImages, 1, 8);
  if (numImages) patch.numImages = numImages;
  if (settings.guidanceScale !== null && Number.isFinite(settings.guidanceScale)) {
    patch.guidanceScale = String(settings.guidanceScale);
  }
  const seed = wholeNumber(settings.seed, 0, SEED_MAX);
  if (seed !== undefined) Object.assign(patch, { seedMode: 'fixed', seed });
  if (settings.presetStyle !== null && SD_STYLES.includes(settings.presetStyle as SdStyle)) {
    patch.presetStyle = settings.presetStyle as SdStyle;
  }
  if (settings.alchemy !== null) patch.alchemy = settings.alchemy;
  if (settings.photoReal !== null) patch.photoReal = settings.photoReal;
  if (settings.photoRealVersion === 'v1' || settings.photoRealVersion === 'v2') {
    patch.photoRealVersion = settings.photoRealVersion;
  }
  if (settings.promptMagic !== null) patch.promptMagic = settings.promptMagic;
  if (settings.promptMagicVersion === 'v2' || settings.promptMagicVersion === 'v3') {
    patch.promptMagicVersion = settings.promptMagicVersion;
  }
  return patch;
}
