import { zlibSync } from 'fflate';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { asciiBytes, concatBytes, utf8Bytes } from './bytes.ts';
import { buildExif } from './exif-user-comment.ts';
import { jpegFixture, pngFixture, webpLossyFixture } from './image-fixtures.ts';
import { COM, EXIF_APP1_ID, SOI, jpegSegment } from './jpeg-segments.ts';
import { PNG_SIGNATURE, iTXtChunk, parsePng, pngChunk } from './png-chunks.ts';
import { readSettings } from './read-settings.ts';
import { parseWebp, riffFile, vp8xChunk, vp8xPayloadFor, webpChunk } from './webp-chunks.ts';

/** A1111 1.x's text for a txt2img image, with a LoRA and its hashes. */
const A1111 = [
  'masterpiece, a fox in a snowy forest, <lora:winterStyle_v2:0.8>',
  'Negative prompt: lowres, bad anatomy, (worst quality:1.4)',
  'Steps: 28, Sampler: DPM++ 2M, Schedule type: Karras, CFG scale: 6.5, Seed: 3344556677, Size: 768x512, Model hash: 6ce0161689, Model: dreamshaper_8, Lora hashes: "winterStyle_v2: 1a2b3c4d5e6f", Version: v1.9.4',
].join('\n');

/** A PNG with text chunks added right after IHDR, as PIL writes them. */
async function pngWith(...chunks: Uint8Array[]): Promise<Uint8Array> {
  const png = parsePng(await pngFixture())!;
  return concatBytes([
    PNG_SIGNATURE,
    png.chunks[0]!.raw,
    ...chunks,
    ...png.chunks.slice(1).map((c) => c.raw),
  ]);
}

const tEXt = (keyword: string, text: string) =>
  pngChunk('tEXt', concatBytes([asciiBytes(keyword), Uint8Array.of(0), asciiBytes(text)]));
const zTXt = (keyword: string, text: string) =>
  pngChunk(
    'zTXt',
    concatBytes([asciiBytes(keyword), Uint8Array.of(0, 0), zlibSync(asciiBytes(text))]),
  );

async function jpegWith(...segments: Uint8Array[]): Promise<Uint8Array> {
  const jpeg = await jpegFixture();
  return concatBytes([SOI, ...segments, jpeg.subarray(2)]);
}

/** A little-endian TIFF with a UNICODE UserComment in little-endian UTF-16, as ExifTool writes it on Intel order. */
function littleEndianExif(comment: string): Uint8Array {
  const body = new Uint8Array(8 + comment.length * 2);
  body.set(asciiBytes('UNICODE\0'));
  for (let i = 0; i < comment.length; i++) {
    body[8 + i * 2] = comment.charCodeAt(i) & 0xff;
    body[9 + i * 2] = comment.charCodeAt(i) >> 8;
  }
  const le16 = (n: number) => [n & 0xff, n >> 8];
  const le32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >>> 24];
  const exifIfd = 8 + 2 + 12 + 4;
  const data = exifIfd + 2 + 12 + 4;
  return Uint8Array.from([
    ...asciiBytes('II'),
    ...le16(42),
    ...le32(8),
    ...le16(1),
    ...le16(0x8769),
    ...le16(4),
    ...le32(1),
    ...le32(exifIfd),
    ...le32(0),
    ...le16(1),
    ...le16(0x9286),
    ...le16(7),
    ...le32(body.length),
    ...le32(data),
    ...le32(0),
    ...body,
  ]);
}

describe('readSettings: A1111', () => {
  it('reads a PNG parameters text (tEXt), LoRA tags and quoted values included', async () => {
    const read = readSettings(await pngWith(tEXt('parameters', A1111)));
    expect(read?.source).toBe('a1111');
    expect(read?.settings).toMatchObject({
      prompt: 'masterpiece, a fox in a snowy forest, <lora:winterStyle_v2:0.8>',
      negativePrompt: 'lowres, bad anatomy, (worst quality:1.4)',
      steps: 28,
      sampler: 'DPM++ 2M',
      guidanceScale: 6.5,
      seed: 3_344_556_677,
      width: 768,
      height: 512,
      modelName: 'dreamshaper_8',
      otherParameters: {
        'Schedule type': 'Karras',
        'Model hash': '6ce0161689',
        'Lora hashes': 'winterStyle_v2: 1a2b3c4d5e6f',
        Version: 'v1.9.4',
      },
    });
  });

  it('reads it from iTXt (non-Latin prompts) and compressed zTXt', async () => {
    const japanese = A1111.replace('a fox', '雪の中の狐');
    expect(
      readSettings(await pngWith(iTXtChunk('parameters', japanese)))?.settings.prompt,
    ).toContain('雪の中の狐');
    expect(readSettings(await pngWith(zTXt('parameters', A1111)))?.settings.seed).toBe(
      3_344_556_677,
    );
  });

  it("reads a JPEG's EXIF UserComment in either UTF-16 order", async () => {
    const bigEndian = await jpegWith(
      jpegSegment(0xe1, concatBytes([EXIF_APP1_ID, buildExif(A1111)])),
    );
    const littleEndian = await jpegWith(
      jpegSegment(0xe1, concatBytes([EXIF_APP1_ID, littleEndianExif(A1111)])),
    );
    for (const file of [bigEndian, littleEndian]) {
      expect(readSettings(file)).toMatchObject({
        source: 'a1111',
        settings: { steps: 28, width: 768 },
      });
    }
  });

  it('reads a UserComment that libexif wrote', async () => {
    const file = await sharp(await jpegFixture())
      .withExif({ IFD2: { UserComment: A1111 } })
      .jpeg()
      .toBuffer();
    expect(readSettings(new Uint8Array(file))?.settings).toMatchObject({ seed: 3_344_556_677 });
  });

  it('reads a JPEG comment that is a parameters text, and ignores one that is not', async () => {
    const a1111 = await jpegWith(jpegSegment(COM, utf8Bytes(A1111)));
    expect(readSettings(a1111)?.source).toBe('a1111');
    const gimp = await jpegWith(jpegSegment(COM, utf8Bytes('Created with GIMP')));
    expect(readSettings(gimp)).toBeNull();
  });

  it("reads a WebP's EXIF chunk, with or without the JPEG-style prefix", async () => {
    const lossy = parseWebp(await webpLossyFixture())!.chunks[0]!;
    for (const exif of [buildExif(A1111), concatBytes([EXIF_APP1_ID, buildExif(A1111)])]) {
      const file = riffFile([
        vp8xChunk(vp8xPayloadFor(lossy)!, 0x08),
        lossy.raw,
        webpChunk('EXIF', exif),
      ]);
      expect(readSettings(file)?.settings.modelName).toBe('dreamshaper_8');
    }
  });
});

describe('readSettings: InvokeAI', () => {
  it('reads invokeai_metadata (3.x and later)', async () => {
    const metadata = JSON.stringify({
      generation_mode: 'txt2img',
      positive_prompt: 'a castle on a hill at sunset',
      negative_prompt: 'blurry',
      width: 1024,
      height: 768,
      seed: 1234,
      cfg_scale: 7.5,
      steps: 30,
      scheduler: 'dpmpp_2m',
      model: { key: 'abc', hash: 'blake3:…', name: 'Juggernaut XL v9', base: 'sdxl', type: 'main' },
    });
    const read = readSettings(
      await pngWith(tEXt('invokeai_metadata', metadata), tEXt('invokeai_graph', '{}')),
    );
    expect(read).toEqual({
      source: 'invokeai',
      settings: expect.objectContaining({
        prompt: 'a castle on a hill at sunset',
        negativePrompt: 'blurry',
        width: 1024,
        height: 768,
        seed: 1234,
        guidanceScale: 7.5,
        steps: 30,
        sampler: 'dpmpp_2m',
        modelName: 'Juggernaut XL v9',
        otherParameters: { 'Base model': 'sdxl' },
      }),
    });
  });

  it('reads the older sd-metadata and Dream forms, negative prompt in brackets', async () => {
    const sdMetadata = JSON.stringify({
      model: 'stable diffusion',
      model_weights: 'stable-diffusion-1.5',
      app_id: 'invoke-ai/InvokeAI',
      app_version: '2.2.5',
      image: {
        prompt: [{ prompt: 'a red barn in a wheat field [people, text]', weight: 1 }],
        steps: 50,
        cfg_scale: 7.5,
        seed: 42,
        width: 512,
        height: 512,
        sampler: 'k_lms',
        type: 'txt2img',
      },
    });
    expect(readSettings(await pngWith(tEXt('sd-metadata', sdMetadata)))?.settings).toMatchObject({
      prompt: 'a red barn in a wheat field',
      negativePrompt: 'people, text',
      modelName: 'stable-diffusion-1.5',
      seed: 42,
      sampler: 'k_lms',
    });
    const dream = '"a lighthouse [fog]" -s 50 -S 3512 -W 640 -H 448 -C 7.5 -A k_euler_a';
    expect(readSettings(await pngWith(tEXt('Dream', dream)))?.settings).toMatchObject({
      prompt: 'a lighthouse',
      negativePrompt: 'fog',
      steps: 50,
      seed: 3512,
      width: 640,
      height: 448,
      guidanceScale: 7.5,
      sampler: 'k_euler_a',
    });
  });
});

describe('readSettings: files without settings', () => {
  it('answers null for plain images, unrelated texts and things that are not images', async () => {
    expect(readSettings(await pngFixture())).toBeNull();
    expect(readSettings(await jpegFixture())).toBeNull();
    expect(readSettings(await webpLossyFixture())).toBeNull();
    expect(readSettings(await pngWith(tEXt('Software', 'libvips')))).toBeNull();
    expect(readSettings(await pngWith(tEXt('invokeai_metadata', 'not json')))).toBeNull();
    expect(readSettings(utf8Bytes('hello'))).toBeNull();
    expect(readSettings(new Uint8Array(0))).toBeNull();
  });

  it("prefers the studio's own settings over an A1111 text in the same file", async () => {
    const own = JSON.stringify({ prompt: 'from the studio', seed: 7 });
    const read = readSettings(
      await pngWith(tEXt('parameters', A1111), iTXtChunk('leonardo-studio', own)),
    );
    expect(read).toMatchObject({
      source: 'leonardo-studio',
      settings: { prompt: 'from the studio', seed: 7 },
    });
  });

  it('skips own settings that are malformed and falls back to what else the file has', async () => {
    const read = readSettings(
      await pngWith(iTXtChunk('leonardo-studio', '{"prompt": 42}'), tEXt('parameters', A1111)),
    );
    expect(read?.source).toBe('a1111');
  });
});
