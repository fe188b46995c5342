import type { CreateGenerationBody, Generation } from '../../../../contract/index.ts';
import {
  NUM_IMAGES,
  STYLES_WITHOUT_ALCHEMY,
  STYLES_WITH_ALCHEMY,
} from '../../../../contract/limits.ts';

/**
 * The POST /generations body that makes this generation again, as far as Leonardo's answer
 * records it. Alchemy is not recorded: a style offered only without it means it was off.
 */
export function recreateRequest(generation: Generation): CreateGenerationBody {
  const body: CreateGenerationBody = { prompt: generation.prompt };
  if (generation.negativePrompt) body.negative_prompt = generation.negativePrompt;
  if (generation.modelId) body.modelId = generation.modelId;
  // A size the answer lacks is read as 0: the request then leaves it to the API's default.
  if (generation.imageWidth > 0 && generation.imageHeight > 0) {
    body.width = generation.imageWidth;
    body.height = generation.imageHeight;
  }
  const count = generation.generated_images.length;
  if (count >= NUM_IMAGES.min && count <= NUM_IMAGES.max) body.num_images = count;
  if (generation.guidanceScale !== null) body.guidance_scale = generation.guidanceScale;
  if (generation.seed !== null) body.seed = generation.seed;
  const style = generation.presetStyle;
  if (style) {
    body.presetStyle = style;
    if (STYLES_WITHOUT_ALCHEMY.includes(style) && !STYLES_WITH_ALCHEMY.includes(style)) {
      body.alchemy = false;
    }
  }
  if (generation.photoReal) {
    body.photoReal = true;
    body.alchemy = true;
    if (generation.photoRealStrength !== null)
      body.photoRealStrength = generation.photoRealStrength;
  }
  if (generation.promptMagic) {
    body.promptMagic = true;
    if (generation.promptMagicVersion === 'v2' || generation.promptMagicVersion === 'v3') {
      body.promptMagicVersion = generation.promptMagicVersion;
    }
    if (generation.promptMagicStrength !== null) {
      body.promptMagicStrength = generation.promptMagicStrength;
    }
  }
  body.public = generation.public;
  return body;
}
