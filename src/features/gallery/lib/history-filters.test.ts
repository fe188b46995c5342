import { describe, expect, it } from 'vitest';
import { generationFixture, imageFixture } from '../../../test/generation-fixture.ts';
import { filterGenerations, generationKind, isFiltering, NO_FILTERS } from './history-filters.ts';

const image = generationFixture({ prompt: 'A red fox in the snow' });
const upscale = generationFixture({
  prompt: 'blue harbour at dawn',
  generated_images: [
    imageFixture({
      generated_image_variation_generics: [
        {
          id: '00000000-0000-4000-8000-0000000000aa',
          status: 'COMPLETE',
          transformType: 'UPSCALE',
          url: 'u',
        },
      ],
    }),
  ],
});
const motion = generationFixture({
  prompt: 'a fox running',
  generated_images: [imageFixture({ motionMP4URL: 'http://x/v.mp4' })],
});
const pending = generationFixture({
  prompt: 'pending fox',
  status: 'PENDING',
  generated_images: [],
});
const all = [image, upscale, motion, pending];

describe('generationKind', () => {
  it('reads motion from a video, upscale from an UPSCALE variation, image otherwise', () => {
    expect(all.map(generationKind)).toEqual(['image', 'upscale', 'motion', 'image']);
    const inpaint = generationFixture({
      generated_images: [
        imageFixture({
          generated_image_variation_generics: [
            {
              id: '00000000-0000-4000-8000-0000000000ab',
              status: 'COMPLETE',
              transformType: 'INPAINT',
              url: null,
            },
          ],
        }),
      ],
    });
    expect(generationKind(inpaint)).toBe('image');
  });
});

describe('filterGenerations', () => {
  it('returns the same list when nothing filters', () => {
    expect(filterGenerations(all, NO_FILTERS)).toBe(all);
    expect(isFiltering({ ...NO_FILTERS, search: '   ' })).toBe(false);
  });

  it('filters by kind and by status', () => {
    expect(filterGenerations(all, { ...NO_FILTERS, kind: 'motion' })).toEqual([motion]);
    expect(filterGenerations(all, { ...NO_FILTERS, kind: 'image' })).toEqual([image, pending]);
    expect(filterGenerations(all, { ...NO_FILTERS, status: 'PENDING' })).toEqual([pending]);
  });

  it('searches prompts for every word, ignoring case and order', () => {
    expect(filterGenerations(all, { ...NO_FILTERS, search: 'FOX' })).toEqual([
      image,
      motion,
      pending,
    ]);
    expect(filterGenerations(all, { ...NO_FILTERS, search: 'snow  red' })).toEqual([image]);
    expect(filterGenerations(all, { ...NO_FILTERS, search: 'cat' })).toEqual([]);
  });

  it('combines kind, status and search', () => {
    expect(filterGenerations(all, { kind: 'image', status: 'COMPLETE', search: 'fox' })).toEqual([
      image,
    ]);
  });
});
