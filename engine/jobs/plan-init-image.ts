import type { CreateGenerationBody } from '../../contract/generations.ts';
import { validationFailed } from '../errors.ts';

/** Where a user's images are, by id; every lookup is scoped to the user making the request. */
export interface UserImages {
  /** An uploaded init image: its file, null while its upload has not arrived, undefined if none. */
  uploaded(id: string): string | null | undefined;
  /** A generated image of a COMPLETE generation: its file, or null. */
  generated(id: string): string | null;
}

export interface InitImagePlan {
  init: { file: string; strength: number } | null;
  guides: { file: string; weight: number }[];
  transparent: boolean;
  /** What a generation reports as `initStrength`. */
  initStrength: number | null;
}

/** Leonardo documents no default; the middle of its 0.1–0.9 range. */
const DEFAULT_INIT_STRENGTH = 0.5;
/** A ControlNet without a weight: strong enough to be seen, below full strength. */
const DEFAULT_GUIDE_WEIGHT = 0.75;

/**
 * The image-to-image part of `POST /generations`: the init image (uploaded or generated), the
 * ControlNets' guide images and transparency, each id resolved for this user.
 *
 * An id that is not the user's (unknown, deleted, or another user's: they answer alike, so ids
 * reveal nothing) is a 400 naming the field, not a 404: the URL addresses a resource that exists
 * (the generations collection), and what is wrong is a value in the body.
 */
export function planInitImage(body: CreateGenerationBody, images: UserImages): InitImagePlan {
  if (body.init_image_id && body.init_generation_image_id) {
    throw validationFailed(
      'init_image_id and init_generation_image_id cannot be used together: choose one init image',
      '$.init_generation_image_id',
    );
  }
  let initFile: string | null = null;
  if (body.init_image_id) {
    initFile = uploadedFile(images, body.init_image_id, '$.init_image_id');
  } else if (body.init_generation_image_id) {
    initFile = generatedFile(images, body.init_generation_image_id, '$.init_generation_image_id');
  }
  const strength = body.init_strength ?? DEFAULT_INIT_STRENGTH;

  const guides = (body.controlnets ?? []).map((net, i) => {
    const at = `$.controlnets.${i}`;
    if (!net.initImageId)
      throw validationFailed(`controlnets.${i}.initImageId is required`, `${at}.initImageId`);
    if (!net.initImageType) {
      throw validationFailed(`controlnets.${i}.initImageType is required`, `${at}.initImageType`);
    }
    if (net.preprocessorId === undefined) {
      throw validationFailed(`controlnets.${i}.preprocessorId is required`, `${at}.preprocessorId`);
    }
    const file =
      net.initImageType === 'UPLOADED'
        ? uploadedFile(images, net.initImageId, `${at}.initImageId`)
        : generatedFile(images, net.initImageId, `${at}.initImageId`);
    return { file, weight: net.weight ?? DEFAULT_GUIDE_WEIGHT };
  });

  return {
    init: initFile ? { file: initFile, strength } : null,
    guides,
    transparent: body.transparency === 'foreground_only',
    initStrength: initFile ? strength : null,
  };
}

function uploadedFile(images: UserImages, id: string, path: string): string {
  const file = images.uploaded(id);
  if (file === undefined) throw validationFailed(`no init image with id "${id}"`, path);
  if (file === null) {
    throw validationFailed(`init image "${id}" has no file yet: upload it to its form first`, path);
  }
  return file;
}

function generatedFile(images: UserImages, id: string, path: string): string {
  const file = images.generated(id);
  if (!file) throw validationFailed(`no generated image with id "${id}"`, path);
  return file;
}
