import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { generationFixture, imageFixture } from '../../test/generation-fixture.ts';
import { jpegFixture, pngFixture } from '../image-metadata/image-fixtures.ts';
import { readSettings } from '../image-metadata/index.ts';
import { GENERATIONS_JSON, buildGenerationsZip } from './generations-zip.ts';

describe('buildGenerationsZip', () => {
  it('holds every image with its settings written in, and generations.json', async () => {
    const first = imageFixture();
    const second = imageFixture();
    const fox = generationFixture({
      prompt: 'A red fox in the snow',
      seed: 7,
      createdAt: '2026-03-04T05:06:07.000Z',
      generated_images: [first, second],
    });
    const harbour = generationFixture({ prompt: 'A quiet harbour at dawn', seed: 9 });
    const harbourImage = harbour.generated_images[0]!;
    const jpeg = await jpegFixture();
    const png = await pngFixture();
    const zip = buildGenerationsZip(
      [
        {
          generation: fox,
          imageId: first.id,
          bytes: jpeg,
          contentType: 'image/jpeg',
          modelName: 'Phoenix',
        },
        { generation: fox, imageId: second.id, bytes: jpeg, contentType: 'image/jpeg' },
        { generation: harbour, imageId: harbourImage.id, bytes: png, url: harbourImage.url },
      ],
      { now: new Date('2026-05-01T00:00:00.000Z') },
    );

    const files = unzipSync(zip.bytes);
    // Two images of one generation share prompt and seed: the second name is made unique.
    expect(Object.keys(files).sort()).toEqual([
      'a-quiet-harbour-at-dawn-9.png',
      'a-red-fox-in-the-snow-7-2.jpg',
      'a-red-fox-in-the-snow-7.jpg',
      GENERATIONS_JSON,
    ]);
    expect(readSettings(files['a-red-fox-in-the-snow-7.jpg']!)).toMatchObject({
      source: 'leonardo-studio',
      settings: {
        prompt: 'A red fox in the snow',
        seed: 7,
        imageId: first.id,
        generationId: fox.id,
        modelName: 'Phoenix',
      },
    });
    expect(readSettings(files['a-red-fox-in-the-snow-7-2.jpg']!)?.settings.imageId).toBe(second.id);
    expect(readSettings(files['a-quiet-harbour-at-dawn-9.png']!)?.settings.prompt).toBe(
      'A quiet harbour at dawn',
    );

    const manifest = JSON.parse(strFromU8(files[GENERATIONS_JSON]!));
    expect(manifest.exportedAt).toBe('2026-05-01T00:00:00.000Z');
    // Each generation once, exactly as the API returned it.
    expect(manifest.generations).toEqual([fox, harbour]);
    expect(manifest.files).toEqual(zip.files);
    expect(zip.files.every((f) => f.settingsWritten)).toBe(true);
  });

  it('stores a file settings cannot go into as it came, and says so', () => {
    const generation = generationFixture();
    const video = Uint8Array.of(0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d);
    const zip = buildGenerationsZip([
      {
        generation,
        imageId: generation.generated_images[0]!.id,
        bytes: video,
        contentType: 'video/mp4',
      },
    ]);
    const [report] = zip.files;
    expect(report).toMatchObject({
      name: 'a-lighthouse-in-the-fog-42.mp4',
      settingsWritten: false,
    });
    expect(unzipSync(zip.bytes)[report!.name]).toEqual(video);
  });

  it('never writes a credential into generations.json', () => {
    const generation = {
      ...generationFixture(),
      apiKey: 'sk-secret',
      nested: { Authorization: 'Bearer x' },
    };
    const zip = buildGenerationsZip([
      { generation, imageId: generation.generated_images[0]!.id, bytes: new Uint8Array(4) },
    ]);
    const text = strFromU8(unzipSync(zip.bytes)[GENERATIONS_JSON]!);
    expect(text).not.toContain('sk-secret');
    expect(text).not.toContain('Bearer');
    expect(JSON.parse(text).generations[0].nested).toEqual({});
  });

  it('makes an empty archive with only generations.json, and dates outside ZIP’s range do not throw', () => {
    expect(Object.keys(unzipSync(buildGenerationsZip([]).bytes))).toEqual([GENERATIONS_JSON]);
    const old = generationFixture({ createdAt: '1970-01-01T00:00:00.000Z' });
    expect(() =>
      buildGenerationsZip([{ generation: old, imageId: 'x', bytes: new Uint8Array(1) }]),
    ).not.toThrow();
  });
});
