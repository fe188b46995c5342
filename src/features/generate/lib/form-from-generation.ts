import type { Generation } from '../../../../contract/index.ts';
import {
  NUM_IMAGES,
  STYLES_WITHOUT_ALCHEMY,
  STYLES_WITH_ALCHEMY,
} from '../../../../contract/limits.ts';
import { normalizeForm } from './form-rules.ts';
import { CUSTOM_MODEL, SERVER_DEFAULT_MODEL, type GenerateForm } from './form-state.ts';

/**
 * The form that would make this generation again ("Reuse prompt"). A stored generation does not
 * record Alchemy, so it is inferred: PhotoReal needs it, and a style offered only without it
 * (LEONARDO) means it was off. Anything the rules no longer allow is normalised like a user edit.
 */
export function formFromGeneration(
  generation: Generation,
  base: GenerateForm,
  platformModelIds: readonly string[],
): GenerateForm {
  const style = generation.presetStyle ?? base.presetStyle;
  const alchemy =
    generation.photoReal === true ||
    !(STYLES_WITHOUT_ALCHEMY.includes(style) && !STYLES_WITH_ALCHEMY.includes(style));
  const modelId = generation.modelId;
  const knownModel = modelId !== null && platformModelIds.includes(modelId);
  const imageCount = generation.generated_images.length;
  return normalizeForm({
    ...base,
    prompt: generation.prompt,
    negativePrompt: generation.negativePrompt ?? '',
    model: modelId === null ? SERVER_DEFAULT_MODEL : knownModel ? modelId : CUSTOM_MODEL,
    customModelId: modelId !== null && !knownModel ? modelId : base.customModelId,
    // A size the answer lacks is read as 0: the form keeps its own then.
    ...(generation.imageWidth > 0 && generation.imageHeight > 0
      ? { width: String(generation.imageWidth), height: String(generation.imageHeight) }
      : {}),
    numImages:
      imageCount >= NUM_IMAGES.min && imageCount <= NUM_IMAGES.max
        ? String(imageCount)
        : base.numImages,
    guidanceScale:
      generation.guidanceScale === null ? base.guidanceScale : String(generation.guidanceScale),
    seedMode: generation.seed === null ? 'random' : 'fixed',
    seed: generation.seed === null ? base.seed : String(generation.seed),
    presetStyle: style,
    alchemy,
    photoReal: generation.photoReal === true,
    // The API records no PhotoReal version; one made without a model was v1.
    photoRealVersion: generation.photoReal === true && modelId !== null ? 'v2' : 'v1',
    promptMagic: generation.promptMagic === true,
    promptMagicVersion: generation.promptMagicVersion === 'v3' ? 'v3' : 'v2',
    isPublic: generation.public,
  });
}
