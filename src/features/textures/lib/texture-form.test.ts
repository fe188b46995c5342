import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TEXTURE_DRAFT,
  buildTextureBody,
  validateDraft,
  type TextureDraft,
} from './texture-form.ts';

const draft = (patch: Partial<TextureDraft>): TextureDraft => ({
  ...DEFAULT_TEXTURE_DRAFT,
  prompt: 'weathered bronze',
  ...patch,
});

describe('validateDraft', () => {
  it('accepts a prompt with defaults', () => {
    expect(validateDraft(draft({}))).toEqual({});
  });

  it('wants a prompt within the limit', () => {
    expect(validateDraft(draft({ prompt: '  ' })).prompt).toBe('Describe the texture you want.');
    expect(validateDraft(draft({ prompt: 'x'.repeat(1501) })).prompt).toMatch(/1500/);
    expect(validateDraft(draft({ negativePrompt: 'x'.repeat(1501) })).negativePrompt).toMatch(
      /1500/,
    );
  });

  it('checks the seed and the rotation', () => {
    expect(validateDraft(draft({ seed: '12.5' })).seed).toMatch(/whole number/);
    expect(validateDraft(draft({ seed: '-1' })).seed).toMatch(/whole number/);
    expect(validateDraft(draft({ seed: '9999999999' })).seed).toMatch(/at most 9999999998/);
    expect(validateDraft(draft({ seed: ' 42 ' })).seed).toBeUndefined();
    expect(validateDraft(draft({ frontRotationOffset: 361 })).rotation).toBeDefined();
    expect(validateDraft(draft({ frontRotationOffset: 90.5 })).rotation).toBeDefined();
    expect(validateDraft(draft({ frontRotationOffset: 360 })).rotation).toBeUndefined();
  });
});

describe('buildTextureBody', () => {
  it('sends every setting with the names the API uses', () => {
    expect(
      buildTextureBody(
        'model-1',
        draft({
          prompt: ' rusty metal ',
          negativePrompt: 'blurry',
          seed: '42',
          preview: true,
          previewDirection: 'left',
          frontRotationOffset: 90,
          sdVersion: 'v2',
        }),
      ),
    ).toEqual({
      modelAssetId: 'model-1',
      prompt: 'rusty metal',
      negative_prompt: 'blurry',
      seed: 42,
      preview: true,
      preview_direction: 'left',
      front_rotation_offset: 90,
      sd_version: 'v2',
    });
  });

  it('leaves out an empty negative prompt and seed', () => {
    const body = buildTextureBody('model-1', draft({}));
    expect(body).not.toHaveProperty('negative_prompt');
    expect(body).not.toHaveProperty('seed');
  });
});
