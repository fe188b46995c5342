import type { CreateGenerationBody } from '../../../../contract/index.ts';
import {
  GENERATION_SIZE,
  GUIDANCE_SCALE,
  NUM_IMAGES,
  SEED_MAX,
} from '../../../../contract/limits.ts';
import {
  checkImageCount,
  checkPhotoReal,
  checkPromptLength,
  checkStyle,
  type RuleViolation,
} from '../../../../contract/rules.ts';
import { isPhotoRealV1 } from './form-rules.ts';
import { initImageFields, type InitImage } from './init-image.ts';
import { CUSTOM_MODEL, SERVER_DEFAULT_MODEL, type GenerateForm } from './form-state.ts';

/** A field of the form, or the init image (kept beside the form, see init-image-store.ts). */
export type FormField = keyof GenerateForm | 'initImage';

export interface FieldError {
  field: FormField;
  message: string;
}

export interface BuiltRequest {
  /** What would be sent; fields that do not parse are left out (and listed in `errors`). */
  body: CreateGenerationBody;
  errors: FieldError[];
}

type Parsed = { ok: true; value: number } | { ok: false; message: string };

function parseInteger(text: string, label: string, min: number, max: number): Parsed {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: `Enter the ${label.toLowerCase()}.` };
  if (!/^-?\d+$/.test(trimmed)) return { ok: false, message: `${label} must be a whole number.` };
  const value = Number(trimmed);
  if (value < min || value > max) {
    return { ok: false, message: `${label} must be from ${min} to ${max}.` };
  }
  return { ok: true, value };
}

function parseSide(text: string, label: string): Parsed {
  const parsed = parseInteger(text, label, GENERATION_SIZE.min, GENERATION_SIZE.max);
  if (parsed.ok && parsed.value % GENERATION_SIZE.step !== 0) {
    return { ok: false, message: `${label} must be a multiple of ${GENERATION_SIZE.step}.` };
  }
  return parsed;
}

function parseGuidance(text: string): Parsed {
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (trimmed === '' || !Number.isFinite(value)) {
    return { ok: false, message: 'Guidance scale must be a number.' };
  }
  if (value < GUIDANCE_SCALE.min || value > GUIDANCE_SCALE.max) {
    return {
      ok: false,
      message: `Guidance scale must be from ${GUIDANCE_SCALE.min} to ${GUIDANCE_SCALE.max}.`,
    };
  }
  return { ok: true, value };
}

/**
 * Turns the form into a POST /generations body and lists what the API would refuse, so the studio
 * can say so before sending: each field's range (sizes 32–1536 in multiples of 8), then the rules between fields that the engine
 * applies too (contract/rules.ts). Pure: the same form always gives the same request.
 */
export function buildRequest(
  form: GenerateForm,
  init: { init: InitImage | null; strength: number; uploading?: boolean } = {
    init: null,
    strength: 0,
  },
): BuiltRequest {
  const errors: FieldError[] = [];
  const fail = (field: FormField, message: string) => errors.push({ field, message });
  const breaks = (field: FormField, violation: RuleViolation | null) => {
    if (violation) fail(field, violation.hint);
  };

  const prompt = form.prompt.trim();
  if (prompt === '') fail('prompt', 'Enter a prompt.');
  else breaks('prompt', checkPromptLength(prompt, 'prompt'));
  const body: CreateGenerationBody = { prompt };

  const negative = form.negativePrompt.trim();
  breaks('negativePrompt', checkPromptLength(negative, 'negative_prompt'));
  if (negative !== '') body.negative_prompt = negative;

  // PhotoReal v1 must go without a modelId: the model choice is set aside, not sent.
  if (!isPhotoRealV1(form)) {
    if (form.model === CUSTOM_MODEL) {
      const custom = form.customModelId.trim();
      if (custom === '')
        fail('customModelId', 'Enter a model id, or choose a model from the list.');
      else body.modelId = custom;
    } else if (form.model !== SERVER_DEFAULT_MODEL) {
      body.modelId = form.model;
    }
  }

  const width = parseSide(form.width, 'Width');
  const height = parseSide(form.height, 'Height');
  if (width.ok) body.width = width.value;
  else fail('width', width.message);
  if (height.ok) body.height = height.value;
  else fail('height', height.message);

  const images = parseInteger(form.numImages, 'Number of images', NUM_IMAGES.min, NUM_IMAGES.max);
  if (!images.ok) fail('numImages', images.message);
  else {
    body.num_images = images.value;
    breaks('numImages', checkImageCount(body.width ?? 0, body.height ?? 0, images.value));
  }

  const guidance = parseGuidance(form.guidanceScale);
  if (guidance.ok) body.guidance_scale = guidance.value;
  else fail('guidanceScale', guidance.message);

  if (form.seedMode === 'fixed') {
    const seed = parseInteger(form.seed, 'Seed', 0, SEED_MAX);
    if (seed.ok) body.seed = seed.value;
    else fail('seed', seed.message);
  }

  breaks('presetStyle', checkStyle(form.presetStyle, form.alchemy));
  body.presetStyle = form.presetStyle;
  body.alchemy = form.alchemy;

  if (form.photoReal) {
    breaks(
      'photoReal',
      checkPhotoReal({
        photoReal: true,
        photoRealVersion: form.photoRealVersion,
        alchemy: form.alchemy,
        hasModelId: body.modelId !== undefined,
      }),
    );
    body.photoReal = true;
    body.photoRealVersion = form.photoRealVersion;
  }
  if (form.promptMagic) {
    body.promptMagic = true;
    body.promptMagicVersion = form.promptMagicVersion;
  }
  body.public = form.isPublic;
  // Sent without it, a request meant as image-to-image would quietly become text-to-image.
  if (init.uploading) fail('initImage', 'Wait until the init image has uploaded.');
  Object.assign(body, initImageFields(init.init, init.strength));
  return { body, errors };
}

/** The first error for a field, to show beside it. */
export function errorFor(errors: readonly FieldError[], field: FormField): string | null {
  return errors.find((error) => error.field === field)?.message ?? null;
}
