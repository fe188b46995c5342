import { describe, expect, it } from 'vitest';
import { generationFixture, imageFixture } from '../../../../test/generation-fixture.ts';
import { newestFirst, parseStoredEntry, toIndexEntry } from './entry.ts';

describe('index entries', () => {
  it('keeps what search and tiles need', () => {
    const image = imageFixture({ motionMP4URL: 'http://x/clip.mp4' });
    const generation = generationFixture({
      prompt: 'a harbour',
      negativePrompt: 'fog',
      imageWidth: 832,
      imageHeight: 1216,
      createdAt: '2026-02-03T04:05:06.000Z',
      generated_images: [image, imageFixture()],
    });
    expect(toIndexEntry(generation, 3)).toEqual({
      id: generation.id,
      prompt: 'a harbour',
      negativePrompt: 'fog',
      modelId: generation.modelId,
      width: 832,
      height: 1216,
      createdAt: Date.UTC(2026, 1, 3, 4, 5, 6),
      status: 'COMPLETE',
      kind: 'motion',
      imageCount: 2,
      imageUrl: image.url,
      imageId: image.id,
      pass: 3,
    });
    expect(
      toIndexEntry(generationFixture({ createdAt: 'not a date', generated_images: [] }), 1),
    ).toMatchObject({
      createdAt: 0,
      imageUrl: null,
      imageId: null,
    });
  });

  it('reads back only entries of the right shape', () => {
    const entry = toIndexEntry(generationFixture(), 1);
    expect(parseStoredEntry(structuredClone(entry))).toEqual(entry);
    for (const broken of [
      null,
      'x',
      { ...entry, status: 'DONE' },
      { ...entry, width: -1 },
      { ...entry, kind: 'video' },
      { ...entry, pass: undefined },
    ]) {
      expect(parseStoredEntry(broken)).toBeNull();
    }
  });

  it('orders newest first, then by id', () => {
    const a = { ...toIndexEntry(generationFixture(), 1), createdAt: 5, id: 'a' };
    const b = { ...a, createdAt: 9, id: 'b' };
    const c = { ...a, createdAt: 9, id: 'c' };
    expect([a, b, c].sort(newestFirst).map((e) => e.id)).toEqual(['c', 'b', 'a']);
  });
});
