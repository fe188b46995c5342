import type { CreateGenerationBody } from '../../../../contract/index.ts';
import type { ImageGenerationEstimate } from '../../../api/pricing.ts';

/**
 * What POST /pricing-calculator needs to price the request the form would send, or null while
 * the form cannot be sent (there is no request to price). Defaults are the API's own, so the
 * estimate prices the same request the server will charge for.
 */
export function estimateParams(
  body: CreateGenerationBody,
  valid: boolean,
  customModel: boolean,
): ImageGenerationEstimate | null {
  if (!valid) return null;
  return {
    imageWidth: body.width ?? 1024,
    imageHeight: body.height ?? 768,
    numImages: body.num_images ?? 4,
    alchemyMode: body.alchemy ?? true,
    photoRealMode: body.photoReal === true,
    promptMagic: body.promptMagic === true,
    isModelCustom: customModel,
  };
}
