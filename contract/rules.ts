import {
  NUM_IMAGES,
  PHOTOREAL_STRENGTHS,
  STYLES_WITHOUT_ALCHEMY,
  STYLES_WITH_ALCHEMY,
  type SdStyle,
} from './limits.ts';

/**
 * The rules between fields of POST /generations that a JSON schema cannot express, in one place:
 * the engine refuses a request that breaks one (planGeneration), and the studio's Generate form
 * says so before sending. Each rule answers null when the request keeps it, or a violation with
 * the JSON path the API names, the API's own error text, and the sentence the form shows.
 */
export interface RuleViolation {
  /** Leonardo's `path`: the field at fault, e.g. `$.num_images`. */
  path: string;
  /** What the API answers (field names as sent). */
  error: string;
  /** What the studio shows beside the control (words a user knows). */
  hint: string;
}

/**
 * The longest prompt (and negative prompt) accepted. Leonardo's OpenAPI description and SDK give
 * no maximum for these strings; the project holds them to this length, and only this constant
 * says how long.
 */
export const PROMPT_MAX_LENGTH = 1500;

export function checkPromptLength(
  text: string,
  field: 'prompt' | 'negative_prompt',
): RuleViolation | null {
  if (text.length <= PROMPT_MAX_LENGTH) return null;
  const words = field === 'prompt' ? 'The prompt' : 'The negative prompt';
  return {
    path: `$.${field}`,
    error: `${field} must be at most ${PROMPT_MAX_LENGTH} characters`,
    hint: `${words} must be at most ${PROMPT_MAX_LENGTH} characters.`,
  };
}

/** A side over this size allows fewer images per generation. */
export function isLargeSize(width: number, height: number): boolean {
  return width > NUM_IMAGES.largeSide || height > NUM_IMAGES.largeSide;
}

export function maxImagesFor(width: number, height: number): number {
  return isLargeSize(width, height) ? NUM_IMAGES.maxWhenLarge : NUM_IMAGES.max;
}

export const LARGE_SIZE_HINT = `At most ${NUM_IMAGES.maxWhenLarge} images when a side is over ${NUM_IMAGES.largeSide} px.`;

export function checkImageCount(
  width: number,
  height: number,
  numImages: number,
): RuleViolation | null {
  if (numImages <= maxImagesFor(width, height)) return null;
  return {
    path: '$.num_images',
    error: `num_images must be at most ${NUM_IMAGES.maxWhenLarge} when width or height is over ${NUM_IMAGES.largeSide}`,
    hint: LARGE_SIZE_HINT,
  };
}

/** The preset styles the docs allow: LEONARDO or NONE without Alchemy, a longer list with it. */
export function allowedStyles(alchemy: boolean): readonly SdStyle[] {
  return alchemy ? STYLES_WITH_ALCHEMY : STYLES_WITHOUT_ALCHEMY;
}

export function checkStyle(style: SdStyle, alchemy: boolean): RuleViolation | null {
  if (allowedStyles(alchemy).includes(style)) return null;
  return alchemy
    ? {
        path: '$.presetStyle',
        error: `presetStyle ${style} is not offered with alchemy`,
        hint: `${style} is not a style offered with Alchemy.`,
      }
    : {
        path: '$.presetStyle',
        error: 'presetStyle must be LEONARDO or NONE without alchemy',
        hint: 'Without Alchemy the style must be Leonardo or None.',
      };
}

export const PHOTOREAL_NEEDS_ALCHEMY = 'PhotoReal requires Alchemy.';
export const PHOTOREAL_V1_WITHOUT_MODEL =
  'PhotoReal v1 runs without a model (the API refuses a modelId with it). Choose v2 to pick one.';

/** Whether PhotoReal goes in its v1 form (any version but v2), which takes no modelId. */
export function isPhotoRealV1(photoReal: boolean, version: string | null | undefined): boolean {
  return photoReal && version !== 'v2';
}

export interface PhotoRealInput {
  photoReal: boolean;
  photoRealVersion: string | null | undefined;
  alchemy: boolean;
  /** Whether the request names a model. */
  hasModelId: boolean;
}

/** PhotoReal needs Alchemy; its v1 form must go without a modelId. */
export function checkPhotoReal(input: PhotoRealInput): RuleViolation | null {
  if (!input.photoReal) return null;
  if (!input.alchemy) {
    return {
      path: '$.alchemy',
      error: 'photoReal requires alchemy to be enabled',
      hint: PHOTOREAL_NEEDS_ALCHEMY,
    };
  }
  if (isPhotoRealV1(true, input.photoRealVersion) && input.hasModelId) {
    return {
      path: '$.modelId',
      error: 'photoReal v1 must be used without a modelId',
      hint: PHOTOREAL_V1_WITHOUT_MODEL,
    };
  }
  return null;
}

export function checkPhotoRealStrength(strength: number | null | undefined): RuleViolation | null {
  if (strength == null || (PHOTOREAL_STRENGTHS as readonly number[]).includes(strength)) {
    return null;
  }
  const values = PHOTOREAL_STRENGTHS.join(', ').replace(/, ([^,]*)$/, ' or $1');
  return {
    path: '$.photoRealStrength',
    error: `photoRealStrength must be ${values}`,
    hint: `The PhotoReal depth of field must be ${values}.`,
  };
}

export function checkUltra(
  ultra: boolean | null | undefined,
  alchemy: boolean | null | undefined,
): RuleViolation | null {
  if (!ultra || !alchemy) return null;
  return {
    path: '$.ultra',
    error: 'ultra cannot be used with alchemy',
    hint: 'Ultra mode cannot be used with Alchemy.',
  };
}
