/**
 * What the engine charges, in API credits. Every route charges through these functions and
 * `POST /pricing-calculator` answers with them, so an estimate is always what a request costs.
 */

export interface ImageGenerationCostInput {
  width: number;
  height: number;
  numImages: number;
  alchemy: boolean;
}

/** Roughly Leonardo's scale: a few credits per image, more for larger images and Alchemy. */
export function imageGenerationCost({
  width,
  height,
  numImages,
  alchemy,
}: ImageGenerationCostInput): number {
  const megapixels = (width * height) / 1_000_000;
  return Math.ceil(numImages * (2 + 8 * megapixels) * (alchemy ? 2 : 1));
}

/** One realtime canvas call: generate, instant refine or inpaint. */
export const LCM_COST = 1;
/** The realtime canvas's Alchemy upscale (refine and enlarge). */
export const LCM_UPSCALE_COST = 5;
export const MOTION_SVD_COST = 25;
export const TEXTURE_COST = 20;

/** The realtime canvas's price for the pricing calculator's LCM_GENERATION parameters. */
export function lcmCost(options: { refine?: boolean | null }): number {
  return options.refine ? LCM_UPSCALE_COST : LCM_COST;
}
