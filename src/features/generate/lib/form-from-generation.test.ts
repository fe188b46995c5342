import { describe, expect, it } from 'vitest';
import { generationFixture, imageFixture } from '../../../test/generation-fixture.ts';
import { buildRequest } from './build-request.ts';
import { formFromGeneration } from './form-from-generation.ts';
import { CUSTOM_MODEL, DEFAULT_FORM } from './form-state.ts';

const KNOWN = 'b24e16ff-06e3-43eb-8d33-4416c2d75876';

describe('formFromGeneration', () => {
  it('fills every setting the generation records', () => {
    const generation = generationFixture({
      prompt: 'a fox',
      negativePrompt: 'blur',
      imageWidth: 256,
      imageHeight: 320,
      seed: 99,
      guidanceScale: 9,
      presetStyle: 'ANIME',
      public: true,
      modelId: KNOWN,
      generated_images: [imageFixture(), imageFixture()],
    });
    const form = formFromGeneration(generation, DEFAULT_FORM, [KNOWN]);
    expect(form).toMatchObject({
      prompt: 'a fox',
      negativePrompt: 'blur',
      model: KNOWN,
      width: '256',
      height: '320',
      numImages: '2',
      guidanceScale: '9',
      seedMode: 'fixed',
      seed: '99',
      presetStyle: 'ANIME',
      alchemy: true,
      isPublic: true,
    });
    expect(buildRequest(form).errors).toEqual([]);
  });

  it('infers Alchemy off from the LEONARDO style and PhotoReal v1 from a missing model', () => {
    expect(
      formFromGeneration(generationFixture({ presetStyle: 'LEONARDO' }), DEFAULT_FORM, [KNOWN]),
    ).toMatchObject({ alchemy: false, presetStyle: 'LEONARDO' });
    expect(
      formFromGeneration(generationFixture({ photoReal: true, modelId: null }), DEFAULT_FORM, []),
    ).toMatchObject({ alchemy: true, photoReal: true, photoRealVersion: 'v1', model: '' });
  });

  it('keeps an unknown model as a hand-typed id', () => {
    const form = formFromGeneration(generationFixture({ modelId: 'my-own' }), DEFAULT_FORM, [
      KNOWN,
    ]);
    expect(form).toMatchObject({ model: CUSTOM_MODEL, customModelId: 'my-own' });
  });

  it('keeps the form’s size when the answer did not give one', () => {
    const form = formFromGeneration(
      generationFixture({ imageWidth: 0, imageHeight: 0 }),
      DEFAULT_FORM,
      [],
    );
    expect(form).toMatchObject({ width: DEFAULT_FORM.width, height: DEFAULT_FORM.height });
  });
});
