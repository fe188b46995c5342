import { describe, expect, it } from 'vitest';
import { generationFixture, imageFixture } from '../../../test/generation-fixture.ts';
import { recreateRequest } from './recreate-request.ts';

describe('recreateRequest', () => {
  it('asks for the same images again: prompt, model, size, count, guidance, seed and style', () => {
    const generation = generationFixture({
      prompt: 'a lighthouse',
      negativePrompt: 'fog',
      imageWidth: 768,
      imageHeight: 512,
      seed: 42,
      guidanceScale: 9,
      presetStyle: 'CINEMATIC',
      generated_images: [imageFixture(), imageFixture()],
    });
    expect(recreateRequest(generation)).toEqual({
      prompt: 'a lighthouse',
      negative_prompt: 'fog',
      modelId: generation.modelId,
      width: 768,
      height: 512,
      num_images: 2,
      guidance_scale: 9,
      seed: 42,
      presetStyle: 'CINEMATIC',
      public: false,
    });
  });

  it('turns Alchemy off for a style offered only without it, on for PhotoReal', () => {
    const leonardo = generationFixture({ presetStyle: 'LEONARDO' });
    expect(recreateRequest(leonardo).alchemy).toBe(false);
    const real = generationFixture({ photoReal: true, modelId: null, presetStyle: null });
    expect(recreateRequest(real)).toMatchObject({ photoReal: true, alchemy: true });
    expect(recreateRequest(real)).not.toHaveProperty('modelId');
  });

  it('leaves the size to the API when the answer did not give one', () => {
    const body = recreateRequest(generationFixture({ imageWidth: 0, imageHeight: 0 }));
    expect(body).not.toHaveProperty('width');
    expect(body).not.toHaveProperty('height');
  });
});
