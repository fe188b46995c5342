import { createStore, get, update, type UseStore } from 'idb-keyval';
import { SD_STYLES, type SdStyle } from '../../../../contract/limits.ts';
import type { GenerateForm } from './form-state.ts';

/** A preset holds the form's settings: everything but the prompt itself. */
export type PresetSettings = Omit<GenerateForm, 'prompt'>;

export interface Preset {
  name: string;
  /** Only the fields that were valid when read back: a preset from an older studio may lack some. */
  settings: Partial<PresetSettings>;
  savedAt: number;
}

export type SaveResult =
  | { ok: true; preset: Preset }
  /** A preset of that name exists: ask, then save again with `replace`. */
  | { ok: false; reason: 'exists'; existing: Preset }
  | { ok: false; reason: 'invalid-name'; message: string };

export interface PresetStore {
  save(name: string, form: GenerateForm, options?: { replace?: boolean }): Promise<SaveResult>;
  /** By name. */
  list(): Promise<Preset[]>;
  remove(name: string): Promise<void>;
}

export const PRESET_NAME_MAX = 60;
const KEY = 'presets';

type Check = (value: unknown) => boolean;
const text: Check = (v) => typeof v === 'string' && v.length <= 2_000;
const flag: Check = (v) => typeof v === 'boolean';
const oneOf =
  (...values: readonly unknown[]): Check =>
  (v) =>
    values.includes(v);

const FIELDS: Record<keyof PresetSettings, Check> = {
  negativePrompt: text,
  model: text,
  customModelId: text,
  width: text,
  height: text,
  numImages: text,
  guidanceScale: text,
  seedMode: oneOf('random', 'fixed'),
  seed: text,
  presetStyle: (v) => SD_STYLES.includes(v as SdStyle),
  alchemy: flag,
  photoReal: flag,
  photoRealVersion: oneOf('v1', 'v2'),
  promptMagic: flag,
  promptMagicVersion: oneOf('v2', 'v3'),
  isPublic: flag,
};

export function presetSettingsOf(form: GenerateForm): PresetSettings {
  const settings: Partial<GenerateForm> = { ...form };
  delete settings.prompt;
  return settings as PresetSettings;
}

/** The trimmed name, or why it cannot be one. */
export function checkPresetName(
  name: string,
): { ok: true; name: string } | { ok: false; message: string } {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed === '') return { ok: false, message: 'Give the preset a name.' };
  if (trimmed.length > PRESET_NAME_MAX) {
    return { ok: false, message: `A preset name has at most ${PRESET_NAME_MAX} characters.` };
  }
  return { ok: true, name: trimmed };
}

const sameName = (a: string, b: string) =>
  a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

/** A stored preset as far as it is valid: a bad field is left out, a bad name drops the preset. */
export function parsePreset(value: unknown): Preset | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.name !== 'string' || !checkPresetName(v.name).ok) return null;
  const stored =
    typeof v.settings === 'object' && v.settings !== null
      ? (v.settings as Record<string, unknown>)
      : {};
  const settings: Record<string, unknown> = {};
  for (const [field, check] of Object.entries(FIELDS)) {
    if (check(stored[field])) settings[field] = stored[field];
  }
  return {
    name: v.name,
    settings: settings as Partial<PresetSettings>,
    savedAt: typeof v.savedAt === 'number' && Number.isFinite(v.savedAt) ? v.savedAt : 0,
  };
}

export function parsePresets(value: unknown): Preset[] {
  if (!Array.isArray(value)) return [];
  const presets: Preset[] = [];
  for (const item of value) {
    const preset = parsePreset(item);
    if (preset && !presets.some((p) => sameName(p.name, preset.name))) presets.push(preset);
  }
  return presets.sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
}

export const presetsDbName = (scope: string) =>
  `leonardo-studio.presets:${encodeURIComponent(scope)}`;

/** One user's presets on one server, in IndexedDB. Names compare without regard to case. */
export function createPresetStore(
  scope: string,
  options: { now?: () => number } = {},
): PresetStore {
  const store: UseStore = createStore(presetsDbName(scope), 'presets');
  const now = options.now ?? (() => Date.now());
  return {
    async save(name, form, { replace = false } = {}) {
      const checked = checkPresetName(name);
      if (!checked.ok) return { ok: false, reason: 'invalid-name', message: checked.message };
      const preset: Preset = {
        name: checked.name,
        settings: presetSettingsOf(form),
        savedAt: now(),
      };
      let existing: Preset | undefined;
      // Read, compare and write in one transaction, so a name is never saved twice.
      await update(
        KEY,
        (stored) => {
          const presets = parsePresets(stored);
          existing = presets.find((p) => sameName(p.name, preset.name));
          if (existing && !replace) return presets;
          return [...presets.filter((p) => !sameName(p.name, preset.name)), preset];
        },
        store,
      );
      return existing && !replace
        ? { ok: false, reason: 'exists', existing }
        : { ok: true, preset };
    },
    list: async () => parsePresets(await get(KEY, store)),
    remove: (name) =>
      update(KEY, (stored) => parsePresets(stored).filter((p) => !sameName(p.name, name)), store),
  };
}
