import { describe, expect, it, vi } from 'vitest';
import { generationFixture } from '../test/generation-fixture.ts';
import { describeDownload, downloadImage } from './download-image.ts';
import { jpegFixture } from './image-metadata/image-fixtures.ts';
import { readSettings, settingsFromGeneration } from './image-metadata/index.ts';

const generation = generationFixture({ prompt: 'A lighthouse in the fog', seed: 42 });
const settings = settingsFromGeneration(generation, {
  imageId: generation.generated_images[0]!.id,
});
const URL_OF_IMAGE = 'https://cdn.example.test/generations/x/image.jpg';

describe('downloadImage', () => {
  it('saves the image with its settings written in, under a readable name', async () => {
    const jpeg = await jpegFixture();
    const save = vi.fn();
    const fetchImpl = vi.fn(
      async () => new Response(new Uint8Array(jpeg), { headers: { 'Content-Type': 'image/jpeg' } }),
    );
    const outcome = await downloadImage({ url: URL_OF_IMAGE, settings }, { fetchImpl, save });

    expect(outcome).toEqual({
      kind: 'saved',
      name: 'a-lighthouse-in-the-fog-42.jpg',
      settingsWritten: true,
    });
    // No credentials go to the image's host.
    expect(fetchImpl).toHaveBeenCalledWith(URL_OF_IMAGE, { mode: 'cors', credentials: 'omit' });
    const [bytes, name, type] = save.mock.calls[0]!;
    expect(name).toBe('a-lighthouse-in-the-fog-42.jpg');
    expect(type).toBe('image/jpeg');
    expect(readSettings(bytes)?.settings).toMatchObject({
      prompt: 'A lighthouse in the fog',
      seed: 42,
      generationId: generation.id,
    });
    expect(describeDownload(outcome)).toBe(
      'Saved a-lighthouse-in-the-fog-42.jpg, with its settings.',
    );
  });

  it('opens the image in a new tab when its host refuses the browser', async () => {
    const open = vi.fn();
    const save = vi.fn();
    const fetchImpl = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const outcome = await downloadImage({ url: URL_OF_IMAGE, settings }, { fetchImpl, save, open });
    expect(outcome).toEqual({ kind: 'opened' });
    expect(open).toHaveBeenCalledWith(URL_OF_IMAGE);
    expect(save).not.toHaveBeenCalled();
    expect(describeDownload(outcome)).toMatch(/opened in a new tab/);
  });

  it('says what the server answered when it refuses the file', async () => {
    const fetchImpl = vi.fn(async () => new Response('gone', { status: 404 }));
    await expect(
      downloadImage({ url: URL_OF_IMAGE, settings }, { fetchImpl, save: vi.fn(), open: vi.fn() }),
    ).rejects.toThrow('Could not download the image: the server answered HTTP 404.');
  });

  it('saves a file settings cannot be written into as it came', async () => {
    const video = new Uint8Array([0, 0, 0, 24, 102, 116, 121, 112]);
    const save = vi.fn();
    const fetchImpl = vi.fn(
      async () => new Response(video, { headers: { 'Content-Type': 'video/mp4' } }),
    );
    const outcome = await downloadImage(
      { url: 'https://cdn.example.test/motion.mp4', settings },
      { fetchImpl, save },
    );
    expect(outcome).toEqual({
      kind: 'saved',
      name: 'a-lighthouse-in-the-fog-42.mp4',
      settingsWritten: false,
    });
    expect(save.mock.calls[0]![0]).toEqual(video);
  });
});
