import { describe, expect, it } from 'vitest';
import { initImageExtension } from '../../../api/init-images.ts';
import { generationFixture, imageFixture } from '../../../test/generation-fixture.ts';
import { clampInitStrength, findImageUrl, initImageFields } from './init-image.ts';
import { parseStoredInit } from './init-image-store.ts';

describe('init image', () => {
  it('sends a generated image and an upload under their own fields', () => {
    expect(initImageFields({ kind: 'generated', id: 'g', url: null }, 0.3)).toEqual({
      init_generation_image_id: 'g',
      init_strength: 0.3,
    });
    expect(initImageFields({ kind: 'uploaded', id: 'u', url: null, name: 'a.png' }, 0.8)).toEqual({
      init_image_id: 'u',
      init_strength: 0.8,
    });
    expect(initImageFields(null, 0.5)).toEqual({});
  });

  it('keeps the strength within 0.1–0.9 in steps of 0.05', () => {
    expect(clampInitStrength(0)).toBe(0.1);
    expect(clampInitStrength(1)).toBe(0.9);
    expect(clampInitStrength(0.33)).toBe(0.35);
    expect(clampInitStrength(Number.NaN)).toBe(0.5);
  });

  it('names the extension the API wants from the type, then the name', () => {
    expect(initImageExtension({ type: 'image/jpeg' })).toBe('jpg');
    expect(initImageExtension({ type: 'image/webp' })).toBe('webp');
    expect(initImageExtension({ type: '', name: 'photo.JPEG' })).toBe('jpeg');
    expect(initImageExtension({ type: 'image/gif', name: 'a.gif' })).toBeNull();
  });

  it('finds a generated image’s URL in loaded generations', () => {
    const image = imageFixture();
    expect(
      findImageUrl(
        [generationFixture(), generationFixture({ generated_images: [image] })],
        image.id,
      ),
    ).toBe(image.url);
    expect(findImageUrl([generationFixture()], 'nope')).toBeNull();
  });

  it('reads a stored choice field by field', () => {
    expect(
      parseStoredInit({
        init: { kind: 'uploaded', id: 'u', url: 'x', name: 'a.png' },
        strength: 0.4,
      }),
    ).toEqual({
      init: { kind: 'uploaded', id: 'u', url: 'x', name: 'a.png' },
      strength: 0.4,
    });
    expect(parseStoredInit({ init: { kind: 'uploaded', id: 'u' }, strength: 'x' })).toEqual({
      init: null,
      strength: 0.5,
    });
    expect(parseStoredInit(null)).toEqual({ init: null, strength: 0.5 });
  });
});
