import { describe, expect, it } from 'vitest';
import { generationFixture, imageFixture } from '../../../test/generation-fixture.ts';
import {
  DEFAULT_MODEL,
  NO_FILTERS,
  generationKind,
  isFiltering,
  parseFilters,
  toIndexFilters,
} from './history-filters.ts';
import { matchLoaded } from './history-search.ts';

const image = generationFixture({ prompt: 'A red fox in the snow', imageWidth: 768 });
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
  modelId: null,
  generated_images: [imageFixture({ motionMP4URL: 'http://x/v.mp4' })],
});
const pending = generationFixture({
  prompt: 'pending fox',
  status: 'PENDING',
  createdAt: new Date(Date.UTC(2026, 0, 10)).toISOString(),
  generated_images: [],
});
const all = [image, upscale, motion, pending];
const NOW = Date.UTC(2026, 0, 10, 12);
const match = (filters: Partial<typeof NO_FILTERS>, favourites: string[] = []) =>
  matchLoaded(
    all,
    filters.search ?? '',
    toIndexFilters({ ...NO_FILTERS, ...filters }, NOW),
    new Set(favourites),
  );

describe('generationKind', () => {
  it('reads motion from a video, upscale from an UPSCALE variation, image otherwise', () => {
    expect(all.map(generationKind)).toEqual(['image', 'upscale', 'motion', 'image']);
  });
});

describe('History filters', () => {
  it('filter nothing by default', () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(isFiltering({ ...NO_FILTERS, search: '   ' })).toBe(false);
    expect(isFiltering({ ...NO_FILTERS, favourites: true })).toBe(true);
    expect(match({})).toEqual(all);
  });

  it('filter by kind, status, model, size, date and favourites', () => {
    expect(match({ kind: 'motion' })).toEqual([motion]);
    expect(match({ status: 'PENDING' })).toEqual([pending]);
    expect(match({ model: DEFAULT_MODEL })).toEqual([motion]);
    expect(match({ size: 'landscape' })).toEqual([image]);
    expect(match({ size: '512x512' })).toEqual([upscale, motion, pending]);
    expect(match({ date: 'day' })).toEqual([pending]);
    expect(match({ favourites: true }, [upscale.id])).toEqual([upscale]);
  });

  it('search prompts for every word, ignoring case and order', () => {
    expect(match({ search: 'FOX' })).toEqual([image, motion, pending]);
    expect(match({ search: 'snow  red' })).toEqual([image]);
    expect(match({ search: 'cat' })).toEqual([]);
    expect(match({ kind: 'image', status: 'COMPLETE', search: 'fox' })).toEqual([image]);
  });

  it('read back from storage field by field', () => {
    expect(
      parseFilters({ kind: 'motion', date: 'week', favourites: true, status: 'nope' }),
    ).toEqual({ ...NO_FILTERS, kind: 'motion', date: 'week', favourites: true });
    expect(parseFilters('junk')).toEqual(NO_FILTERS);
  });
});
