import { describe, expect, it } from 'vitest';
import { generationFixture, imageFixture } from '../../../test/generation-fixture.ts';
import { itemFromGeneration } from './history-items.ts';
import { tileCaption, tileLabel } from './tile-label.ts';

describe('tile labels', () => {
  it('name the prompt with what the tile holds or its state', () => {
    const generation = generationFixture({
      prompt: 'a fox',
      imageWidth: 256,
      imageHeight: 256,
      generated_images: [imageFixture(), imageFixture()],
    });
    const done = itemFromGeneration(generation);
    expect(tileCaption(done)).toBe('2 images · 256×256');
    expect(tileLabel(done)).toBe('a fox (2 images · 256×256)');
    expect(tileLabel(done, true)).toBe('a fox (2 images · 256×256 · favourite)');
    expect(
      tileLabel(itemFromGeneration({ ...generation, status: 'PENDING', generated_images: [] })),
    ).toBe('a fox (generating)');
    expect(tileLabel(itemFromGeneration({ ...generation, status: 'FAILED' }))).toBe(
      'a fox (failed)',
    );
  });

  it('leaves out a size the answer did not give', () => {
    const generation = generationFixture({
      prompt: 'a fox',
      imageWidth: 0,
      imageHeight: 0,
      generated_images: [imageFixture()],
    });
    expect(tileCaption(itemFromGeneration(generation))).toBe('1 image');
  });
});
