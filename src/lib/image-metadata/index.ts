/** Generation settings written into image files and read back from them (the studio's, A1111's, InvokeAI's). */
export { parseA1111Parameters, toA1111Parameters } from './a1111.ts';
export { detectImageFormat, type ImageFormat } from './format.ts';
export { parseGenerationReference, type GenerationReference } from './generation-reference.ts';
export { readSettings, type ReadSettingsResult, type SettingsSource } from './read-settings.ts';
export {
  EMPTY_SETTINGS,
  settingsFromGeneration,
  validateSettings,
  type FromGenerationExtras,
  type GenerationSettings,
} from './settings.ts';
export { writeSettings, type WriteFailure, type WriteResult } from './write-settings.ts';
