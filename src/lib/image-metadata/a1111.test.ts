import { describe, expect, it } from 'vitest';
import { isOwnParametersText, parseA1111Parameters, toA1111Parameters } from './a1111.ts';
import { EMPTY_SETTINGS, type GenerationSettings } from './settings.ts';

describe('parseA1111Parameters', () => {
  it('reads a multi-line prompt and a multi-line negative prompt', () => {
    const text = [
      'portrait of a knight,',
      'ornate armour, dramatic light',
      'BREAK golden hour',
      'Negative prompt: lowres,',
      'watermark',
      'Steps: 30, Sampler: Euler a, CFG scale: 7, Seed: 1, Size: 512x768, Model: sd15',
    ].join('\n');
    expect(parseA1111Parameters(text)).toMatchObject({
      prompt: 'portrait of a knight,\nornate armour, dramatic light\nBREAK golden hour',
      negativePrompt: 'lowres,\nwatermark',
      steps: 30,
      sampler: 'Euler a',
      width: 512,
      height: 768,
    });
  });

  it('keeps LoRA and embedding tags in the prompt, and quoted values whole', () => {
    const text = [
      'a cat wearing a hat <lora:catHats:0.7> <hypernet:style:1> embedding:goodHands',
      'Steps: 20, Sampler: DPM++ SDE, CFG scale: 5, Seed: 77, Size: 1024x1024, Lora hashes: "catHats: 0a1b2c, other: 3d4e", TI hashes: "goodHands: 99ff", Hires upscale: 2, Denoising strength: 0.45',
    ].join('\n');
    const settings = parseA1111Parameters(text)!;
    expect(settings.prompt).toBe(
      'a cat wearing a hat <lora:catHats:0.7> <hypernet:style:1> embedding:goodHands',
    );
    expect(settings.negativePrompt).toBeNull();
    expect(settings.otherParameters).toEqual({
      'Lora hashes': 'catHats: 0a1b2c, other: 3d4e',
      'TI hashes': 'goodHands: 99ff',
      'Hires upscale': '2',
      'Denoising strength': '0.45',
    });
  });

  it('reads a text with missing fields, or with no parameter line at all', () => {
    expect(parseA1111Parameters('a dog\nSteps: 12, Seed: 3, Size: 64x64')).toMatchObject({
      prompt: 'a dog',
      steps: 12,
      seed: 3,
      sampler: null,
      guidanceScale: null,
      modelName: null,
    });
    // Fewer than three pairs: A1111 reads the last line as part of the prompt.
    expect(parseA1111Parameters('a dog\nSeed: 3')).toMatchObject({
      prompt: 'a dog\nSeed: 3',
      seed: null,
    });
    expect(parseA1111Parameters('just a prompt')).toMatchObject({ prompt: 'just a prompt' });
  });

  it('keeps a value it cannot read as a number in otherParameters', () => {
    const settings = parseA1111Parameters('x\nSteps: many, Seed: 5, Size: big')!;
    expect(settings.steps).toBeNull();
    expect(settings.otherParameters).toEqual({ Steps: 'many', Size: 'big' });
  });

  it('with requireParameterLine, refuses text that is not parameters', () => {
    expect(parseA1111Parameters('Created with GIMP', { requireParameterLine: true })).toBeNull();
    expect(parseA1111Parameters('', {})).toBeNull();
    expect(parseA1111Parameters('  \n ', {})).toBeNull();
  });

  it('reads Windows line endings', () => {
    expect(
      parseA1111Parameters('a\r\nNegative prompt: b\r\nSteps: 1, Seed: 2, Size: 8x8')
        ?.negativePrompt,
    ).toBe('b');
  });
});

const FULL: GenerationSettings = {
  ...EMPTY_SETTINGS,
  prompt: 'a red fox, snow\nsecond line',
  negativePrompt: 'blurry',
  modelId: 'b24e16ff-06e3-43eb-8d33-4416c2d75876',
  modelName: 'Leonardo Kino XL',
  width: 832,
  height: 1216,
  seed: 123,
  guidanceScale: 7.5,
  presetStyle: 'CINEMATIC',
  alchemy: true,
  photoReal: true,
  photoRealVersion: 'v2',
  photoRealStrength: 0.55,
  promptMagic: false,
  promptMagicVersion: null,
  promptMagicStrength: null,
  numImages: 2,
  initStrength: null,
  steps: 15,
  sampler: 'LEONARDO',
  generationId: '00000000-0000-4000-8000-00000000000a',
  imageId: '00000000-0000-4000-8000-00000000000b',
  otherParameters: { 'Model hash': 'abc', Note: 'has, a comma' },
};

describe('toA1111Parameters', () => {
  it("writes A1111's layout, with Leonardo's settings as extra pairs", () => {
    const text = toA1111Parameters(FULL);
    const lines = text.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'a red fox, snow',
      'second line',
      'Negative prompt: blurry',
    ]);
    expect(lines[3]).toMatch(
      /^Steps: 15, Sampler: LEONARDO, CFG scale: 7\.5, Seed: 123, Size: 832x1216, Model: Leonardo Kino XL, Model id: b24e16ff-.*, Style: CINEMATIC, Alchemy: true, PhotoReal: true, PhotoReal version: v2, PhotoReal strength: 0\.55, Prompt Magic: false, .*Generation id: .*, Image id: .*, Model hash: abc, Note: "has, a comma", Version: Leonardo Studio$/,
    );
    expect(isOwnParametersText(text)).toBe(true);
    expect(isOwnParametersText('x\nSteps: 1, Seed: 2, Version: v1.9.4')).toBe(false);
  });

  it('reads back what it wrote', () => {
    expect(parseA1111Parameters(toA1111Parameters(FULL))).toEqual(FULL);
    const sparse = { ...EMPTY_SETTINGS, prompt: 'only a prompt', otherParameters: {} };
    expect(parseA1111Parameters(toA1111Parameters(sparse))).toEqual(sparse);
  });

  it('quotes values with commas, colons or line breaks', () => {
    const text = toA1111Parameters({ ...EMPTY_SETTINGS, prompt: 'p', modelName: 'a: b, c\nd' });
    expect(text).toContain('Model: "a: b, c\\nd"');
    expect(parseA1111Parameters(text)?.modelName).toBe('a: b, c\nd');
  });
});
