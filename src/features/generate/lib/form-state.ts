import type { SdStyle } from '../../../../contract/index.ts';

export type SeedMode = 'random' | 'fixed';
export type PhotoRealVersion = 'v1' | 'v2';
export type PromptMagicVersion = 'v2' | 'v3';

/** The model select's value for "a model id typed by hand" (a custom or fine-tuned model). */
export const CUSTOM_MODEL = 'custom';
/** The model select's value for "send no modelId": the server picks its default. */
export const SERVER_DEFAULT_MODEL = '';

/**
 * Everything the Generate form holds. Numbers are kept as the text the user typed, so a half-typed
 * value survives a reload as it was and the request builder can say exactly what is wrong with it.
 */
export interface GenerateForm {
  prompt: string;
  negativePrompt: string;
  /** A platform model id, SERVER_DEFAULT_MODEL or CUSTOM_MODEL. */
  model: string;
  customModelId: string;
  width: string;
  height: string;
  numImages: string;
  guidanceScale: string;
  seedMode: SeedMode;
  seed: string;
  presetStyle: SdStyle;
  alchemy: boolean;
  photoReal: boolean;
  photoRealVersion: PhotoRealVersion;
  promptMagic: boolean;
  promptMagicVersion: PromptMagicVersion;
  isPublic: boolean;
}

export const DEFAULT_FORM: GenerateForm = {
  prompt: '',
  negativePrompt: '',
  model: SERVER_DEFAULT_MODEL,
  customModelId: '',
  width: '512',
  height: '512',
  numImages: '4',
  guidanceScale: '7',
  seedMode: 'random',
  seed: '',
  presetStyle: 'DYNAMIC',
  // The API's own default.
  alchemy: true,
  photoReal: false,
  photoRealVersion: 'v1',
  promptMagic: false,
  promptMagicVersion: 'v2',
  isPublic: false,
};
