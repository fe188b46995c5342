import type { CreateGenerationBody, Generation } from '../../../../contract/index.ts';
import { INIT_STRENGTH } from '../../../../contract/limits.ts';

/**
 * The picture image-to-image starts from: one of the user's generated images (sent as
 * `init_generation_image_id`) or a file uploaded through Leonardo's init-image flow (sent as
 * `init_image_id`).
 */
export type InitImage =
  | { kind: 'generated'; id: string; url: string | null }
  | { kind: 'uploaded'; id: string; url: string | null; name: string };

/** How much of the init image the result keeps; the API takes 0.1–0.9. */
export const DEFAULT_INIT_STRENGTH = 0.5;
export const INIT_STRENGTH_STEP = 0.05;

export function clampInitStrength(value: number): number {
  if (!Number.isFinite(value)) return DEFAULT_INIT_STRENGTH;
  const stepped = Math.round(value / INIT_STRENGTH_STEP) * INIT_STRENGTH_STEP;
  return Number(Math.min(INIT_STRENGTH.max, Math.max(INIT_STRENGTH.min, stepped)).toFixed(2));
}

/** The fields an init image adds to POST /generations (none without one). */
export function initImageFields(
  init: InitImage | null,
  strength: number,
): Pick<CreateGenerationBody, 'init_image_id' | 'init_generation_image_id' | 'init_strength'> {
  if (!init) return {};
  const idField = init.kind === 'generated' ? 'init_generation_image_id' : 'init_image_id';
  return { [idField]: init.id, init_strength: clampInitStrength(strength) };
}

/** What the field calls the image, for its preview's alternative text. */
export function initImageName(init: InitImage): string {
  return init.kind === 'uploaded' ? init.name : 'a generated image';
}

// Ids are UUIDs; anything else in the address is ignored rather than sent to the API.
const ID = /^[0-9a-f-]{8,64}$/i;
export const isImageId = (value: string | null): value is string => !!value && ID.test(value);

/** The URL of a generated image, if a loaded generation holds it (History usually has it). */
export function findImageUrl(generations: Iterable<Generation>, imageId: string): string | null {
  for (const generation of generations) {
    const image = generation.generated_images.find((candidate) => candidate.id === imageId);
    if (image) return image.url;
  }
  return null;
}
