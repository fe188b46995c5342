import type { CreateGenerationBody } from '../../contract/generations.ts';
import {
  checkImageCount,
  checkPhotoReal,
  checkPhotoRealStrength,
  checkUltra,
  type RuleViolation,
} from '../../contract/rules.ts';
import type { NewGeneration } from '../db/generations.ts';
import { validationFailed } from '../errors.ts';
import {
  DEFAULT_MODEL_ID,
  MODEL_STYLE,
  PLATFORM_MODELS,
  sdVersionFor,
} from '../platform-models.ts';
import { imageGenerationCost } from '../pricing/costs.ts';
import type { GenerationJob } from './job-runner.ts';

type Record = Omit<NewGeneration, 'id' | 'userId' | 'costAmount'>;

/**
 * Canvas Editor images come from an upload this engine does not offer, so no id can name one.
 * (Init images, ControlNets and transparency are planned in plan-init-image.ts; elements and
 * image prompts are accepted, recorded with the request and not rendered.)
 */
const UNSUPPORTED = ['canvasInitId', 'canvasMaskId'] as const;

/** The rules between fields live in contract/rules.ts, shared with the studio's form. */
function refuse(violation: RuleViolation | null): void {
  if (violation) throw validationFailed(violation.error, violation.path);
}

/**
 * Checks the rules between fields that a JSON schema cannot express, and turns an accepted
 * request into the stored record, the job to run and its token cost.
 */
export function planGeneration(
  body: CreateGenerationBody,
  fallbackSeed: number,
): { record: Record; job: GenerationJob; tokenCost: number } {
  const width = body.width ?? 1024;
  const height = body.height ?? 768;
  const numImages = body.num_images ?? 4;
  refuse(checkImageCount(width, height, numImages));
  const modelId = body.modelId ?? (body.photoReal ? null : DEFAULT_MODEL_ID);
  if (modelId && !PLATFORM_MODELS.some((m) => m.id === modelId)) {
    throw validationFailed(`modelId "${modelId}" is not a model of this server`, '$.modelId');
  }
  const alchemy = body.alchemy ?? true;
  refuse(
    checkPhotoReal({
      photoReal: body.photoReal ?? false,
      photoRealVersion: body.photoRealVersion,
      alchemy,
      hasModelId: Boolean(body.modelId),
    }),
  );
  refuse(checkPhotoRealStrength(body.photoRealStrength));
  refuse(checkUltra(body.ultra, body.alchemy));
  for (const field of UNSUPPORTED) {
    const value = body[field];
    if (value != null && !(Array.isArray(value) && value.length === 0)) {
      throw validationFailed(`${field} is not supported by the local engine`, `$.${field}`);
    }
  }

  const seed = body.seed ?? fallbackSeed;
  const style = body.presetStyle ?? (modelId ? MODEL_STYLE[modelId] : null) ?? 'DYNAMIC';
  const record: Record = {
    kind: 'IMAGE',
    status: 'PENDING',
    prompt: body.prompt,
    negativePrompt: body.negative_prompt ?? null,
    width,
    height,
    numImages,
    modelId,
    seed,
    guidanceScale: body.guidance_scale ?? 7,
    inferenceSteps: body.num_inference_steps ?? 15,
    initStrength: null,
    presetStyle: body.presetStyle ?? 'DYNAMIC',
    scheduler: body.scheduler ?? 'EULER_DISCRETE',
    sdVersion: sdVersionFor(modelId, body.sd_version),
    public: body.public ?? false,
    photoReal: body.photoReal ?? false,
    photoRealStrength: body.photoReal ? (body.photoRealStrength ?? 0.55) : null,
    promptMagic: body.promptMagic ?? false,
    promptMagicStrength: body.promptMagic ? (body.promptMagicStrength ?? 0.5) : null,
    promptMagicVersion: body.promptMagic ? (body.promptMagicVersion ?? 'v2') : null,
    ultra: body.ultra ?? false,
    params: null,
  };
  const job: GenerationJob = {
    kind: 'IMAGE',
    prompt: body.prompt,
    negativePrompt: record.negativePrompt,
    style,
    seed,
    width,
    height,
    numImages,
    tiling: body.tiling ?? false,
  };
  record.params = job;
  // The pricing calculator prices with the same function.
  const tokenCost = imageGenerationCost({ width, height, numImages, alchemy });
  return { record, job, tokenCost };
}
