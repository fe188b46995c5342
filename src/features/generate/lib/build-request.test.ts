import { describe, expect, it } from 'vitest';
import { buildRequest, errorFor } from './build-request.ts';
import { PHOTOREAL_V1_WITHOUT_MODEL } from '../../../../contract/rules.ts';
import { disabledReasons, updateForm } from './form-rules.ts';
import { CUSTOM_MODEL, DEFAULT_FORM, type GenerateForm } from './form-state.ts';

const MODEL = 'aa77f04e-3eec-4034-9c07-d0f619684628';
const form = (patch: Partial<GenerateForm> = {}): GenerateForm => ({
  ...DEFAULT_FORM,
  prompt: 'a red fox in the snow',
  ...patch,
});

describe('buildRequest', () => {
  it('builds the documented body from a valid form', () => {
    const { body, errors } = buildRequest(
      form({
        negativePrompt: ' blurry ',
        model: MODEL,
        width: '256',
        height: '256',
        numImages: '2',
        guidanceScale: '7.5',
        seedMode: 'fixed',
        seed: '1234',
        isPublic: true,
      }),
    );
    expect(errors).toEqual([]);
    expect(body).toEqual({
      prompt: 'a red fox in the snow',
      negative_prompt: 'blurry',
      modelId: MODEL,
      width: 256,
      height: 256,
      num_images: 2,
      guidance_scale: 7.5,
      seed: 1234,
      presetStyle: 'DYNAMIC',
      alchemy: true,
      public: true,
    });
  });

  it('leaves out what the server should choose: a random seed, the default model, empty negative', () => {
    const { body } = buildRequest(form());
    expect(body).not.toHaveProperty('seed');
    expect(body).not.toHaveProperty('modelId');
    expect(body).not.toHaveProperty('negative_prompt');
    expect(body).not.toHaveProperty('photoReal');
  });

  it('needs a prompt within 1500 characters', () => {
    expect(errorFor(buildRequest(form({ prompt: '   ' })).errors, 'prompt')).toBe(
      'Enter a prompt.',
    );
    expect(errorFor(buildRequest(form({ prompt: 'x'.repeat(1501) })).errors, 'prompt')).toMatch(
      /at most 1500/,
    );
  });

  it.each([
    ['31', 'Width must be from 32 to 1536.'],
    ['1544', 'Width must be from 32 to 1536.'],
    ['100', 'Width must be a multiple of 8.'],
    ['12.5', 'Width must be a whole number.'],
    ['', 'Enter the width.'],
  ])('checks the width %j', (width, message) => {
    const { body, errors } = buildRequest(form({ width }));
    expect(errorFor(errors, 'width')).toBe(message);
    expect(body).not.toHaveProperty('width');
  });

  it('accepts both ends of the size range', () => {
    expect(buildRequest(form({ width: '32', height: '1024', numImages: '4' })).errors).toEqual([]);
  });

  it('allows 8 images up to 768 and at most 4 when a side is over 768', () => {
    expect(buildRequest(form({ width: '768', height: '768', numImages: '8' })).errors).toEqual([]);
    const large = buildRequest(form({ width: '776', height: '512', numImages: '5' }));
    expect(errorFor(large.errors, 'numImages')).toBe(
      'At most 4 images when a side is over 768 px.',
    );
    expect(errorFor(buildRequest(form({ numImages: '9' })).errors, 'numImages')).toMatch(/1 to 8/);
    expect(errorFor(buildRequest(form({ numImages: '0' })).errors, 'numImages')).toMatch(/1 to 8/);
  });

  it('checks guidance scale and a fixed seed', () => {
    expect(errorFor(buildRequest(form({ guidanceScale: '21' })).errors, 'guidanceScale')).toBe(
      'Guidance scale must be from 1 to 20.',
    );
    expect(errorFor(buildRequest(form({ guidanceScale: 'abc' })).errors, 'guidanceScale')).toBe(
      'Guidance scale must be a number.',
    );
    expect(errorFor(buildRequest(form({ seedMode: 'fixed', seed: '-1' })).errors, 'seed')).toMatch(
      /whole number|from 0/,
    );
    expect(buildRequest(form({ seedMode: 'random', seed: 'junk' })).errors).toEqual([]);
  });

  it('sends PhotoReal v1 without a modelId even when a model is chosen', () => {
    const { body, errors } = buildRequest(form({ model: MODEL, photoReal: true }));
    expect(errors).toEqual([]);
    expect(body).toMatchObject({ photoReal: true, photoRealVersion: 'v1', alchemy: true });
    expect(body).not.toHaveProperty('modelId');
    const v2 = buildRequest(form({ model: MODEL, photoReal: true, photoRealVersion: 'v2' }));
    expect(v2.body).toMatchObject({ modelId: MODEL, photoRealVersion: 'v2' });
  });

  it('refuses PhotoReal without Alchemy and a style Alchemy does not allow', () => {
    const noAlchemy = buildRequest(form({ alchemy: false, photoReal: true, presetStyle: 'NONE' }));
    expect(errorFor(noAlchemy.errors, 'photoReal')).toBe('PhotoReal requires Alchemy.');
    const styleOff = buildRequest(form({ alchemy: false, presetStyle: 'ANIME' }));
    expect(errorFor(styleOff.errors, 'presetStyle')).toBe(
      'Without Alchemy the style must be Leonardo or None.',
    );
    const styleOn = buildRequest(form({ alchemy: true, presetStyle: 'LEONARDO' }));
    expect(errorFor(styleOn.errors, 'presetStyle')).toMatch(/not a style offered with Alchemy/);
  });

  it('sends a hand-typed model id as it is and asks for one when empty', () => {
    expect(
      buildRequest(form({ model: CUSTOM_MODEL, customModelId: ' my-model ' })).body.modelId,
    ).toBe('my-model');
    expect(errorFor(buildRequest(form({ model: CUSTOM_MODEL })).errors, 'customModelId')).toMatch(
      /Enter a model id/,
    );
  });

  it('adds Prompt Magic with its version only when on', () => {
    expect(buildRequest(form({ promptMagic: true, promptMagicVersion: 'v3' })).body).toMatchObject({
      promptMagic: true,
      promptMagicVersion: 'v3',
    });
  });
});

describe('updateForm', () => {
  it('turns PhotoReal off with Alchemy and moves the style into the allowed list', () => {
    const on = form({ photoReal: true, presetStyle: 'ANIME' });
    const off = updateForm(on, { alchemy: false });
    expect(off).toMatchObject({ alchemy: false, photoReal: false, presetStyle: 'LEONARDO' });
    expect(updateForm(off, { alchemy: true }).presetStyle).toBe('DYNAMIC');
    expect(
      updateForm(form({ alchemy: false, presetStyle: 'NONE' }), { alchemy: true }).presetStyle,
    ).toBe('NONE');
  });

  it('says why dependent controls are off', () => {
    expect(disabledReasons(form({ alchemy: false })).photoReal).toBe('PhotoReal requires Alchemy.');
    expect(disabledReasons(form({ photoReal: true })).model).toBe(PHOTOREAL_V1_WITHOUT_MODEL);
    expect(disabledReasons(form({ photoReal: true, photoRealVersion: 'v2' })).model).toBeNull();
  });
});
