import { describe, expect, it } from 'vitest';
import { EMPTY_SETTINGS, type GenerationSettings } from '../../../lib/image-metadata/index.ts';
import { updateForm } from './form-rules.ts';
import { CUSTOM_MODEL, DEFAULT_FORM, SERVER_DEFAULT_MODEL } from './form-state.ts';
import { presetToFormPatch, settingsToFormPatch } from './presets-form-patch.ts';
import { presetSettingsOf, type Preset } from './presets.ts';

const PHOENIX = '6b645e3a-d64f-4341-a6d8-7a3690fbf042';
const KINO = 'aa77f04e-3eec-4034-9c07-d0f619684628';

describe('presetToFormPatch', () => {
  it('gives back the saved settings, the prompt untouched', () => {
    const form = {
      ...DEFAULT_FORM,
      prompt: 'mine',
      model: KINO,
      width: '768',
      presetStyle: 'ANIME' as const,
    };
    const preset: Preset = { name: 'p', settings: presetSettingsOf(form), savedAt: 0 };
    const next = updateForm(
      { ...DEFAULT_FORM, prompt: 'current prompt' },
      presetToFormPatch(preset, [KINO]),
    );
    expect(next).toEqual({ ...form, prompt: 'current prompt' });
  });

  it('keeps a model the list no longer offers as a custom model id', () => {
    const preset: Preset = { name: 'p', settings: { model: PHOENIX }, savedAt: 0 };
    expect(presetToFormPatch(preset, [KINO])).toEqual({
      model: CUSTOM_MODEL,
      customModelId: PHOENIX,
    });
    expect(
      presetToFormPatch({ ...preset, settings: { model: SERVER_DEFAULT_MODEL } }, [KINO]),
    ).toEqual({ model: '' });
  });

  it('leaves out what a stale preset does not have, and the form rules settle the rest', () => {
    const stale: Preset = {
      name: 'old',
      settings: { alchemy: false, presetStyle: 'ANIME' },
      savedAt: 0,
    };
    const next = updateForm(DEFAULT_FORM, presetToFormPatch(stale));
    // ANIME needs Alchemy: the rules move the style to one allowed without it.
    expect(next).toMatchObject({
      alchemy: false,
      presetStyle: 'LEONARDO',
      width: DEFAULT_FORM.width,
    });
  });
});

const LEONARDO: GenerationSettings = {
  ...EMPTY_SETTINGS,
  prompt: 'a lighthouse',
  negativePrompt: null,
  modelId: KINO,
  width: 832,
  height: 1216,
  seed: 9_876_543_210,
  guidanceScale: 7,
  presetStyle: 'CINEMATIC',
  alchemy: true,
  photoReal: false,
  promptMagic: true,
  promptMagicVersion: 'v3',
  numImages: 4,
  generationId: '00000000-0000-4000-8000-000000000001',
};

describe('settingsToFormPatch', () => {
  it("fills the form from the studio's own settings", () => {
    expect(settingsToFormPatch(LEONARDO, [KINO])).toEqual({
      prompt: 'a lighthouse',
      negativePrompt: '',
      model: KINO,
      width: '832',
      height: '1216',
      numImages: '4',
      guidanceScale: '7',
      seedMode: 'fixed',
      seed: '9876543210',
      presetStyle: 'CINEMATIC',
      alchemy: true,
      photoReal: false,
      promptMagic: true,
      promptMagicVersion: 'v3',
    });
    expect(settingsToFormPatch({ ...LEONARDO, modelId: null }, [KINO]).model).toBe(
      SERVER_DEFAULT_MODEL,
    );
    expect(settingsToFormPatch({ ...LEONARDO, modelId: PHOENIX }, [KINO])).toMatchObject({
      model: CUSTOM_MODEL,
      customModelId: PHOENIX,
    });
  });

  it("takes from another tool's settings what Leonardo has, and leaves the model alone", () => {
    const a1111: GenerationSettings = {
      ...EMPTY_SETTINGS,
      prompt: 'a fox <lora:x:0.8>',
      negativePrompt: 'lowres',
      modelName: 'dreamshaper_8',
      width: 515,
      height: 768,
      seed: 4_294_967_295,
      guidanceScale: 6.5,
      steps: 28,
      sampler: 'DPM++ 2M',
      presetStyle: 'Watercolour',
    };
    const patch = settingsToFormPatch(a1111, [KINO]);
    expect(patch).toEqual({
      prompt: 'a fox <lora:x:0.8>',
      negativePrompt: 'lowres',
      width: '515',
      height: '768',
      guidanceScale: '6.5',
      seedMode: 'fixed',
      seed: '4294967295',
    });
    expect(patch).not.toHaveProperty('model');
  });

  it('skips values that are no numbers the form can hold', () => {
    const patch = settingsToFormPatch({
      ...EMPTY_SETTINGS,
      prompt: 'p',
      seed: -1,
      width: 512,
      height: null,
      numImages: 12,
    });
    expect(patch).toEqual({ prompt: 'p', negativePrompt: '' });
  });
});
