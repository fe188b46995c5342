import { describe, expect, it } from 'vitest';
import { ImageUnreachable } from '../../../lib/fetch-image.ts';
import { generationFixture, imageFixture } from '../../../test/generation-fixture.ts';
import { collectImages, zipName } from './bulk-download.ts';

describe('collectImages', () => {
  it('fetches every image in order, and lists those that could not be fetched', async () => {
    const a = generationFixture({ generated_images: [imageFixture(), imageFixture()] });
    const b = generationFixture({
      generated_images: [imageFixture({ url: 'https://cdn.test/x.jpg' })],
    });
    const progress: number[] = [];
    const { images, missed } = await collectImages(
      [a, b],
      async (url) => {
        if (url.startsWith('https://cdn.test/')) throw new ImageUnreachable(new TypeError('CORS'));
        return { bytes: new Uint8Array([1, 2, 3]), contentType: 'image/png' };
      },
      ({ done }) => progress.push(done),
    );
    expect(images.map((image) => image.imageId)).toEqual(a.generated_images.map((i) => i.id));
    expect(missed).toEqual([
      {
        generationId: b.id,
        imageId: b.generated_images[0]!.id,
        reason: 'its host does not let the studio read it',
      },
    ]);
    expect(progress).toEqual([0, 1, 2, 3]);
  });

  it('names the archive by the moment', () => {
    expect(zipName(new Date(2026, 4, 1, 9, 5))).toBe('leonardo-studio-2026-05-01-09-05.zip');
  });
});
