import type { Cost, GeneratedImage, Generation } from '../../contract/index.ts';
import {
  JOB_STATUSES,
  SCHEDULERS,
  SD_STYLES,
  SD_VERSIONS,
  VARIATION_TYPES,
} from '../../contract/limits.ts';
import {
  fieldsOf,
  flag,
  flagOrNull,
  integerOr,
  listOf,
  numberOrNull,
  oneOf,
  text,
  textOrNull,
} from './answer-fields.ts';

/**
 * Generations as the studio shows them, read from whatever the server sent. The local engine
 * sends every field; Leonardo's cloud may leave out what its SDK marks optional
 * (`GetGenerationByIdGenerations` and `GetGenerationsByUserIdGenerations` in
 * @leonardo-ai/sdk: every field optional, most nullable). What is missing gets a neutral value
 * here, once, so that no view shows "undefined" or "NaN".
 */

export type VariationGeneric = GeneratedImage['generated_image_variation_generics'][number];

function readVariation(raw: unknown): VariationGeneric | null {
  const fields = fieldsOf(raw);
  const id = text(fields.id);
  const transformType = oneOf(VARIATION_TYPES, fields.transformType);
  // A variation of a kind the studio does not know cannot be labelled: it is left out.
  if (id === '' || !transformType) return null;
  return {
    id,
    transformType,
    status: oneOf(JOB_STATUSES, fields.status) ?? (textOrNull(fields.url) ? 'COMPLETE' : 'PENDING'),
    url: textOrNull(fields.url),
  };
}

function readImage(raw: unknown): GeneratedImage | null {
  const fields = fieldsOf(raw);
  const id = text(fields.id);
  const url = text(fields.url);
  // Without an id nothing can be done with it, without a URL nothing can be shown.
  if (id === '' || url === '') return null;
  return {
    id,
    url,
    nsfw: flag(fields.nsfw),
    likeCount: integerOr(fields.likeCount, 0),
    motionMP4URL: textOrNull(fields.motionMP4URL),
    motion: flagOrNull(fields.motion),
    motionModel: textOrNull(fields.motionModel),
    motionStrength: numberOrNull(fields.motionStrength),
    imageToVideo: flagOrNull(fields.imageToVideo),
    fantasyAvatar: flagOrNull(fields.fantasyAvatar),
    generated_image_variation_generics: listOf(fields.generated_image_variation_generics)
      .map(readVariation)
      .filter((variation) => variation !== null),
  };
}

const present = <T>(value: T | null): value is T => value !== null;

/** A generation, or null when the answer holds none (no object, or no id). */
export function readGeneration(raw: unknown): Generation | null {
  const fields = fieldsOf(raw);
  const id = text(fields.id);
  if (id === '') return null;
  const images = listOf(fields.generated_images).map(readImage).filter(present);
  const scheduler = oneOf(SCHEDULERS, fields.scheduler);
  const sdVersion = oneOf(SD_VERSIONS, fields.sdVersion);
  return {
    id,
    createdAt: text(fields.createdAt),
    // Without a status, images mean it is done; none means it is still to be waited for.
    status: oneOf(JOB_STATUSES, fields.status) ?? (images.length > 0 ? 'COMPLETE' : 'PENDING'),
    prompt: text(fields.prompt),
    negativePrompt: textOrNull(fields.negativePrompt),
    imageWidth: integerOr(fields.imageWidth, 0),
    imageHeight: integerOr(fields.imageHeight, 0),
    modelId: textOrNull(fields.modelId),
    seed: numberOrNull(fields.seed),
    guidanceScale: numberOrNull(fields.guidanceScale),
    inferenceSteps: numberOrNull(fields.inferenceSteps),
    initStrength: numberOrNull(fields.initStrength),
    presetStyle: oneOf(SD_STYLES, fields.presetStyle) ?? null,
    ...(scheduler ? { scheduler } : {}),
    ...(sdVersion ? { sdVersion } : {}),
    public: flag(fields.public),
    photoReal: flagOrNull(fields.photoReal),
    photoRealStrength: numberOrNull(fields.photoRealStrength),
    promptMagic: flagOrNull(fields.promptMagic),
    promptMagicStrength: numberOrNull(fields.promptMagicStrength),
    promptMagicVersion: textOrNull(fields.promptMagicVersion),
    ultra: flagOrNull(fields.ultra),
    generated_images: images,
    generation_elements: listOf(fields.generation_elements).map((element) => ({
      id: numberOrNull(fieldsOf(element).id),
    })),
  };
}

/** A history page: entries without an id are skipped. */
export function readGenerationList(raw: unknown): Generation[] {
  return listOf(fieldsOf(raw).generations).map(readGeneration).filter(present);
}

/** `cost` (`{amount, unit}`), null when it is missing or not of that shape (the SDK's `Cost`). */
export function readCost(raw: unknown): Cost {
  const fields = fieldsOf(raw);
  const amount =
    typeof fields.amount === 'number' && Number.isFinite(fields.amount)
      ? String(fields.amount)
      : text(fields.amount);
  const unit = oneOf(['CREDITS', 'DOLLARS'] as const, fields.unit);
  return amount !== '' && unit ? { amount, unit } : null;
}

/** A job as a create answer names it: its id, and its cost if the answer says (SDK `SDGenerationOutput`). */
export interface JobTicket {
  generationId: string;
  apiCreditCost: number | null;
  cost: Cost;
}

export function readJobTicket(raw: unknown): JobTicket | null {
  const fields = fieldsOf(raw);
  const generationId = text(fields.generationId);
  if (generationId === '') return null;
  const credits = numberOrNull(fields.apiCreditCost);
  return { generationId, apiCreditCost: credits, cost: readCost(fields.cost) };
}

/** "12 CREDITS", from a job's cost, or its older integer form; null when it says neither. */
export function jobCostLabel(job: Pick<JobTicket, 'cost' | 'apiCreditCost'>): string | null {
  if (job.cost) return `${job.cost.amount} ${job.cost.unit}`;
  return job.apiCreditCost === null ? null : `${job.apiCreditCost} CREDITS`;
}
