import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { SdStyle } from '../../../../contract/index.ts';
import { SD_STYLES } from '../../../../contract/limits.ts';
import { followScope, scopedPersist } from '../../../lib/scoped-persist.ts';
import { isRecord } from '../../../lib/tab-storage.ts';
import { normalizeForm, updateForm } from '../lib/form-rules.ts';
import { DEFAULT_FORM, type GenerateForm } from '../lib/form-state.ts';

export const GENERATE_FORM_STORAGE_KEY = 'leonardo-studio.generate-form';

const TEXT_FIELDS = [
  'prompt',
  'negativePrompt',
  'model',
  'customModelId',
  'width',
  'height',
  'numImages',
  'guidanceScale',
  'seed',
] as const;
const SWITCHES = ['alchemy', 'photoReal', 'promptMagic', 'isPublic'] as const;

/** A stored form, field by field: each field that is missing or malformed takes its default. */
export function parseStoredForm(stored: unknown): GenerateForm {
  if (!isRecord(stored)) return DEFAULT_FORM;
  const form: GenerateForm = { ...DEFAULT_FORM };
  for (const field of TEXT_FIELDS) {
    const value = stored[field];
    if (typeof value === 'string') form[field] = value;
  }
  for (const field of SWITCHES) {
    const value = stored[field];
    if (typeof value === 'boolean') form[field] = value;
  }
  if (stored.seedMode === 'random' || stored.seedMode === 'fixed') form.seedMode = stored.seedMode;
  if (stored.photoRealVersion === 'v1' || stored.photoRealVersion === 'v2') {
    form.photoRealVersion = stored.photoRealVersion;
  }
  if (stored.promptMagicVersion === 'v2' || stored.promptMagicVersion === 'v3') {
    form.promptMagicVersion = stored.promptMagicVersion;
  }
  if (SD_STYLES.includes(stored.presetStyle as SdStyle)) {
    form.presetStyle = stored.presetStyle as SdStyle;
  }
  return normalizeForm(form);
}

interface GenerateFormState {
  form: GenerateForm;
  /** Applies a change with the rules between switches (form-rules.ts). */
  update: (patch: Partial<GenerateForm>) => void;
  replace: (form: GenerateForm) => void;
}

/**
 * The Generate form: a draft kept per user in this tab's sessionStorage, so every field survives
 * a reload (and a failed request), another user signing in starts from an empty form, and the
 * first user finds their draft again at their next sign-in.
 */
export const useGenerateForm = create<GenerateFormState>()(
  persist(
    (set) => ({
      form: DEFAULT_FORM,
      update: (patch) => set((state) => ({ form: updateForm(state.form, patch) })),
      replace: (form) => set({ form: normalizeForm(form) }),
    }),
    scopedPersist({
      name: GENERATE_FORM_STORAGE_KEY,
      empty: { form: DEFAULT_FORM },
      parse: (stored) => ({ form: parseStoredForm(isRecord(stored) ? stored.form : undefined) }),
      partialize: (state) => ({ form: state.form }),
    }),
  ),
);
followScope(useGenerateForm);
