import type { SdStyle } from '../../../../contract/index.ts';
import {
  PHOTOREAL_NEEDS_ALCHEMY,
  PHOTOREAL_V1_WITHOUT_MODEL,
  allowedStyles,
  isPhotoRealV1 as isV1,
} from '../../../../contract/rules.ts';
import type { GenerateForm } from './form-state.ts';

const DEFAULT_STYLE: Record<'on' | 'off', SdStyle> = { on: 'DYNAMIC', off: 'LEONARDO' };

/** Whether PhotoReal will be sent in its v1 form, which must go without a modelId. */
export function isPhotoRealV1(form: Pick<GenerateForm, 'photoReal' | 'photoRealVersion'>): boolean {
  return isV1(form.photoReal, form.photoRealVersion);
}

/** Why each control that depends on another is off right now (null: it is available). */
export interface DisabledReasons {
  photoReal: string | null;
  model: string | null;
}

export function disabledReasons(form: GenerateForm): DisabledReasons {
  return {
    photoReal: form.alchemy ? null : PHOTOREAL_NEEDS_ALCHEMY,
    model: isPhotoRealV1(form) ? PHOTOREAL_V1_WITHOUT_MODEL : null,
  };
}

/**
 * Applies a change and then the rules between switches (contract/rules.ts), so the form never
 * holds a combination the API refuses: turning Alchemy off turns PhotoReal off (it requires
 * Alchemy) and moves the style into the list allowed without Alchemy, and back.
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
