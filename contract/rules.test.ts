import { describe, expect, it } from 'vitest';
import { NUM_IMAGES, STYLES_WITHOUT_ALCHEMY, STYLES_WITH_ALCHEMY } from './limits.ts';
import {
  PROMPT_MAX_LENGTH,
  allowedStyles,
  checkImageCount,
  checkPhotoReal,
  checkPhotoRealStrength,
  checkPromptLength,
  checkStyle,
  checkUltra,
  isLargeSize,
  isPhotoRealV1,
  maxImagesFor,
} from './rules.ts';

describe('prompt length', () => {
  it('accepts up to the maximum and names the field past it', () => {
    expect(checkPromptLength('x'.repeat(PROMPT_MAX_LENGTH), 'prompt')).toBeNull();
    expect(checkPromptLength('x'.repeat(PROMPT_MAX_LENGTH + 1), 'prompt')).toEqual({
      path: '$.prompt',
      error: `prompt must be at most ${PROMPT_MAX_LENGTH} characters`,
      hint: `The prompt must be at most ${PROMPT_MAX_LENGTH} characters.`,
    });
    expect(checkPromptLength('x'.repeat(PROMPT_MAX_LENGTH + 1), 'negative_prompt')?.path).toBe(
      '$.negative_prompt',
    );
  });
});

describe('number of images against the size', () => {
  it('allows 8 up to 768 a side and 4 once a side is over it', () => {
    expect(isLargeSize(768, 768)).toBe(false);
    expect(isLargeSize(776, 512)).toBe(true);
    expect(isLargeSize(512, 1024)).toBe(true);
    expect(maxImagesFor(768, 768)).toBe(NUM_IMAGES.max);
    expect(maxImagesFor(1024, 512)).toBe(NUM_IMAGES.maxWhenLarge);
    expect(checkImageCount(768, 768, 8)).toBeNull();
    expect(checkImageCount(1024, 512, 4)).toBeNull();
    expect(checkImageCount(1024, 512, 5)).toMatchObject({
      path: '$.num_images',
      error: 'num_images must be at most 4 when width or height is over 768',
      hint: 'At most 4 images when a side is over 768 px.',
    });
  });
});

describe('preset style and Alchemy', () => {
  it('offers LEONARDO and NONE without Alchemy, the Alchemy list with it', () => {
    expect(allowedStyles(false)).toEqual(STYLES_WITHOUT_ALCHEMY);
    expect(allowedStyles(true)).toEqual(STYLES_WITH_ALCHEMY);
    expect(checkStyle('LEONARDO', false)).toBeNull();
    expect(checkStyle('DYNAMIC', true)).toBeNull();
    expect(checkStyle('DYNAMIC', false)?.hint).toBe(
      'Without Alchemy the style must be Leonardo or None.',
    );
    expect(checkStyle('LEONARDO', true)).toMatchObject({
      path: '$.presetStyle',
      hint: 'LEONARDO is not a style offered with Alchemy.',
    });
  });
});

describe('PhotoReal', () => {
  const base = { photoReal: true, photoRealVersion: 'v2', alchemy: true, hasModelId: true };

  it('is unchecked when off', () => {
    expect(checkPhotoReal({ ...base, photoReal: false, alchemy: false })).toBeNull();
  });

  it('requires Alchemy', () => {
    expect(checkPhotoReal({ ...base, alchemy: false })).toEqual({
      path: '$.alchemy',
      error: 'photoReal requires alchemy to be enabled',
      hint: 'PhotoReal requires Alchemy.',
    });
  });

  it('goes without a modelId in v1 (any version but v2), with one in v2', () => {
    expect(isPhotoRealV1(true, 'v1')).toBe(true);
    expect(isPhotoRealV1(true, undefined)).toBe(true);
    expect(isPhotoRealV1(true, 'v2')).toBe(false);
    expect(isPhotoRealV1(false, 'v1')).toBe(false);
    expect(checkPhotoReal(base)).toBeNull();
    expect(checkPhotoReal({ ...base, photoRealVersion: 'v1', hasModelId: false })).toBeNull();
    expect(checkPhotoReal({ ...base, photoRealVersion: null })).toMatchObject({
      path: '$.modelId',
      error: 'photoReal v1 must be used without a modelId',
    });
  });

  it('takes only the documented depth-of-field strengths', () => {
    for (const strength of [0.55, 0.5, 0.45, null, undefined]) {
      expect(checkPhotoRealStrength(strength)).toBeNull();
    }
    expect(checkPhotoRealStrength(0.6)).toEqual({
      path: '$.photoRealStrength',
      error: 'photoRealStrength must be 0.55, 0.5 or 0.45',
      hint: 'The PhotoReal depth of field must be 0.55, 0.5 or 0.45.',
    });
  });
});

describe('Ultra', () => {
  it('cannot be used with Alchemy', () => {
    expect(checkUltra(true, false)).toBeNull();
    expect(checkUltra(false, true)).toBeNull();
    expect(checkUltra(true, undefined)).toBeNull();
    expect(checkUltra(true, true)).toMatchObject({
      path: '$.ultra',
      error: 'ultra cannot be used with alchemy',
    });
  });
});
