import type {
  LcmUpscaleResponse,
  MeResponse,
  TextureGeneration,
  TextureImage,
  UserDetails,
} from '../../contract/index.ts';
import { JOB_STATUSES, TEXTURE_TYPES } from '../../contract/limits.ts';
import {
  fieldsOf,
  integerOr,
  listOf,
  numberOrNull,
  oneOf,
  text,
  textOrNull,
} from './answer-fields.ts';
import { readCost } from './read-generation.ts';

/**
 * The other answers the studio shows, read with a neutral value for whatever the cloud left out
 * (its SDK types every field of these answers optional). See read-generation.ts.
 */

/** GET /me (SDK `GetUserSelfResponseBody`: `user_details[]`, every count optional). */
export function readMe(raw: unknown): MeResponse {
  const userDetails = listOf(fieldsOf(raw).user_details).map((entry): UserDetails | null => {
    const fields = fieldsOf(entry);
    const user = fieldsOf(fields.user);
    const id = text(user.id);
    if (id === '') return null;
    const count = (value: unknown) => integerOr(value, 0);
    const countOrNull = (value: unknown) => {
      const n = numberOrNull(value);
      return n === null ? null : Math.trunc(n);
    };
    return {
      user: { id, username: textOrNull(user.username) },
      tokenRenewalDate: textOrNull(fields.tokenRenewalDate),
      paidTokens: countOrNull(fields.paidTokens),
      subscriptionTokens: count(fields.subscriptionTokens),
      subscriptionGptTokens: count(fields.subscriptionGptTokens),
      subscriptionModelTokens: count(fields.subscriptionModelTokens),
      apiConcurrencySlots: count(fields.apiConcurrencySlots),
      apiPaidTokens: countOrNull(fields.apiPaidTokens),
      apiSubscriptionTokens: count(fields.apiSubscriptionTokens),
      apiPlanTokenRenewalDate: textOrNull(fields.apiPlanTokenRenewalDate),
    };
  });
  return { user_details: userDetails.filter((details) => details !== null) };
}

function readTextureImage(raw: unknown): TextureImage | null {
  const fields = fieldsOf(raw);
  // A map type the studio does not know has no place on the 3D preview's material: left out.
  const type = oneOf(TEXTURE_TYPES, fields.type);
  const id = text(fields.id);
  const url = text(fields.url);
  return type && id !== '' && url !== '' ? { id, type, url } : null;
}

/** A texture generation (SDK `GetTextureGenerationById…`), or null when there is none. */
export function readTextureGeneration(raw: unknown): TextureGeneration | null {
  const fields = fieldsOf(raw);
  const id = text(fields.id);
  if (id === '') return null;
  const images = listOf(fields.model_asset_texture_images)
    .map(readTextureImage)
    .filter((image) => image !== null);
  return {
    id,
    createdAt: text(fields.createdAt),
    prompt: text(fields.prompt),
    negativePrompt: textOrNull(fields.negativePrompt),
    seed: numberOrNull(fields.seed),
    status: oneOf(JOB_STATUSES, fields.status) ?? (images.length > 0 ? 'COMPLETE' : 'PENDING'),
    model_asset_texture_images: images,
  };
}

export function readTextureList(raw: unknown): TextureGeneration[] {
  return listOf(fieldsOf(raw).model_asset_texture_generations)
    .map(readTextureGeneration)
    .filter((generation) => generation !== null);
}

const texts = (value: unknown): string[] =>
  listOf(value).filter((item): item is string => typeof item === 'string');

/**
 * POST /lcm-upscale (SDK `PerformAlchemyUpscaleLCMLcmGenerationJob`): the image is what matters;
 * the ids of the generation it was saved to may be missing, and are then empty.
 */
export function readUpscale(raw: unknown): LcmUpscaleResponse {
  const job = fieldsOf(fieldsOf(raw).lcmGenerationJob);
  const timestamp = textOrNull(job.requestTimestamp);
  return {
    lcmGenerationJob: {
      imageDataUrl: texts(job.imageDataUrl),
      generationId: texts(job.generationId),
      variationId: texts(job.variationId),
      generatedImageId: text(job.generatedImageId),
      ...(timestamp === null ? {} : { requestTimestamp: timestamp }),
      apiCreditCost: numberOrNull(job.apiCreditCost),
      cost: readCost(job.cost),
    },
  };
}
