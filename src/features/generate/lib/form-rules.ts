import type { SdStyle } from '../../../../contract/index.ts';
import {
  NUM_IMAGES,
  STYLES_WITH_ALCHEMY,
  STYLES_WITHOUT_ALCHEMY,
} from '../../../../contract/limits.ts';
import type { GenerateForm } from './form-state.ts';

/** The preset styles the docs allow: LEONARDO or NONE without Alchemy, a longer list with it. */
export function allowedStyles(alchemy: boolean): readonly SdStyle[] {
  return alchemy ? STYLES_WITH_ALCHEMY : STYLES_WITHOUT_ALCHEMY;
}

const DEFAULT_STYLE: Record<'on' | 'off', SdStyle> = { on: 'DYNAMIC', off: 'LEONARDO' };

export const PHOTOREAL_NEEDS_ALCHEMY = 'PhotoReal requires Alchemy.';
export const PHOTOREAL_V1_PICKS_MODEL =
  'PhotoReal v1 runs without a model (the API refuses a modelId with it). Choose v2 to pick one.';
export const LARGE_SIZE_LIMIT = `At most ${NUM_IMAGES.maxWhenLarge} images when a side is over ${NUM_IMAGES.largeSide} px.`;

/** Whether PhotoReal will be sent in its v1 form, which must go without a modelId. */
export function isPhotoRealV1(form: Pick<GenerateForm, 'photoReal' | 'photoRealVersion'>): boolean {
  return form.photoReal && form.photoRealVersion === 'v1';
}

/** Whether a side is over the size above which fewer images are allowed. */
export function isLargeSize(width: number, height: number): boolean {
  return width > NUM_IMAGES.largeSide || height > NUM_IMAGES.largeSide;
}

export function maxImagesFor(width: number, height: number): number {
  return isLargeSize(width, height) ? NUM_IMAGES.maxWhenLarge : NUM_IMAGES.max;
}

/** Why each control that depends on another is off right now (null: it is available). */
export interface DisabledReasons {
  photoReal: string | null;
  model: string | null;
}

export function disabledReasons(form: GenerateForm): DisabledReasons {
  return {
    photoReal: form.alchemy ? null : PHOTOREAL_NEEDS_ALCHEMY,
    model: isPhotoRealV1(form) ? PHOTOREAL_V1_PICKS_MODEL : null,
  };
}

/**
 * Applies a change and then the rules between switches, so the form never holds a combination
 * the API refuses: turning Alchemy off turns PhotoReal off (it requires Alchemy) and moves the
 * style into the list allowed without Alchemy, and back.
 */
export function updateForm(form: GenerateForm, patch: Partial<GenerateForm>): GenerateForm {
  return normalizeForm({ ...form, ...patch });
}

export function normalizeForm(form: GenerateForm): GenerateForm {
  let next = form;
  if (next.photoReal && !next.alchemy) next = { ...next, photoReal: false };
  if (!allowedStyles(next.alchemy).includes(next.presetStyle)) {
    next = { ...next, presetStyle: DEFAULT_STYLE[next.alchemy ? 'on' : 'off'] };
  }
  return next;
}
