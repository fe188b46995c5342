import { describe, expect, it } from 'vitest';
import { generationFixture, imageFixture } from '../../test/generation-fixture.ts';
import { EMPTY_SETTINGS, settingsFromGeneration, validateSettings } from './settings.ts';

describe('GenerationSettings', () => {
  it("takes a generation's settings from the API's answer, with what the caller knows", () => {
    const image = imageFixture();
    const generation = generationFixture({
      prompt: 'a harbour',
      negativePrompt: 'people',
      seed: 11,
      imageWidth: 832,
      imageHeight: 1216,
      photoReal: true,
      generated_images: [image, imageFixture()],
    });
    expect(
      settingsFromGeneration(generation, { modelName: 'Kino', imageId: image.id, alchemy: true }),
    ).toEqual({
      ...EMPTY_SETTINGS,
      prompt: 'a harbour',
      negativePrompt: 'people',
      modelId: generation.modelId,
      modelName: 'Kino',
      width: 832,
      height: 1216,
      seed: 11,
      guidanceScale: 7,
      presetStyle: 'DYNAMIC',
      alchemy: true,
      photoReal: true,
      promptMagic: false,
      numImages: 2,
      steps: 15,
      sampler: 'EULER_DISCRETE',
      generationId: generation.id,
      imageId: image.id,
      otherParameters: {},
    });
  });

  it('keeps only fields of the right type from stored JSON', () => {
    expect(
      validateSettings({
        prompt: 'p',
        seed: '5',
        width: 512,
        alchemy: 'yes',
        guidanceScale: Number.NaN,
        otherParameters: { a: 'b', c: 3 },
        unknown: 1,
      }),
    ).toEqual({ ...EMPTY_SETTINGS, prompt: 'p', width: 512, otherParameters: { a: 'b' } });
  });

  it('is no settings without a prompt', () => {
    for (const value of [
      null,
      'x',
      [],
      {},
      { prompt: '' },
      { prompt: 4 },
      { prompt: 'x'.repeat(10_001) },
    ]) {
      expect(validateSettings(value)).toBeNull();
    }
  });
});
