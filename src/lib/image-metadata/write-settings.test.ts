import { describe, expect, it } from 'vitest';
import { concatBytes, readU32LE, utf8 } from './bytes.ts';
import { EXIF_SOFTWARE, readExif } from './exif-user-comment.ts';
import {
  FOREIGN_XMP,
  decodedPixels,
  jpegFixture,
  jpegWithCameraExif,
  jpegWithForeignXmp,
  metadataOf,
  pngFixture,
  webpLosslessFixture,
  webpLossyFixture,
  webpWithForeignXmp,
} from './image-fixtures.ts';
import {
  COM,
  EXIF_APP1_ID,
  SOI,
  XMP_APP1_ID,
  isExifSegment,
  isXmpSegment,
  jpegSegment,
  parseJpeg,
} from './jpeg-segments.ts';
import { parsePng, pngTexts } from './png-chunks.ts';
import { readSettings } from './read-settings.ts';
import { EMPTY_SETTINGS, type GenerationSettings } from './settings.ts';
import { parseWebp } from './webp-chunks.ts';
import { writeSettings } from './write-settings.ts';

const SETTINGS: GenerationSettings = {
  ...EMPTY_SETTINGS,
  prompt: 'A lighthouse in the fog, "moody" — café <lora:fog:0.6>',
  negativePrompt: 'blurry, text',
  modelId: 'b24e16ff-06e3-43eb-8d33-4416c2d75876',
  modelName: 'Leonardo Phoenix',
  width: 48,
  height: 32,
  seed: 9_876_543_210,
  guidanceScale: 7,
  presetStyle: 'DYNAMIC',
  alchemy: true,
  photoReal: false,
  promptMagic: true,
  promptMagicVersion: 'v3',
  promptMagicStrength: 0.4,
  numImages: 4,
  generationId: '00000000-0000-4000-8000-000000000001',
  imageId: '00000000-0000-4000-8000-000000000002',
  otherParameters: {},
};

function written(bytes: Uint8Array, settings = SETTINGS): Uint8Array {
  const result = writeSettings(bytes, settings);
  if (!result.ok) throw new Error(result.message);
  return result.bytes;
}

/** Everything in a JPEG but the metadata the studio writes: tables, frame header, scan. */
function jpegImageParts(file: Uint8Array): Uint8Array {
  const jpeg = parseJpeg(file)!;
  const image = jpeg.segments.filter(
    (s) => s.marker !== COM && !isXmpSegment(s) && !isExifSegment(s) && s.marker !== 0xe0,
  );
  return concatBytes([...image.map((s) => s.raw), jpeg.scan!]);
}

const pngImageData = (file: Uint8Array) =>
  concatBytes(
    parsePng(file)!
      .chunks.filter((c) => c.type === 'IDAT' || c.type === 'IHDR')
      .map((c) => c.raw),
  );

const webpImageData = (file: Uint8Array) =>
  concatBytes(
    parseWebp(file)!
      .chunks.filter((c) => ['VP8 ', 'VP8L', 'ALPH'].includes(c.fourcc))
      .map((c) => c.raw),
  );

describe('writeSettings: JPEG', () => {
  it('adds XMP, EXIF and a comment and copies the compressed image byte for byte', async () => {
    const original = await jpegFixture();
    const file = written(original);
    expect(jpegImageParts(file)).toEqual(jpegImageParts(original));
    expect(parseJpeg(file)!.scan).toEqual(parseJpeg(original)!.scan);
    expect(await decodedPixels(file)).toEqual(await decodedPixels(original));

    const segments = parseJpeg(file)!.segments;
    // EXIF comes first (this file has no JFIF header), as readers expect.
    expect(isExifSegment(segments[0]!)).toBe(true);
    const comment = utf8(segments.find((s) => s.marker === COM)!.data);
    expect(comment).toContain('Negative prompt: blurry, text');
    expect(comment).toMatch(/Seed: 9876543210, Size: 48x32/);
    const exif = readExif(segments.find(isExifSegment)!.data.subarray(EXIF_APP1_ID.length))!;
    expect(exif).toEqual({ software: EXIF_SOFTWARE, userComment: comment });

    const meta = await metadataOf(file);
    expect(meta.format).toBe('jpeg');
    expect(meta.xmp?.toString('utf8')).toContain('urn:leonardo-studio:settings:1');
    expect(readSettings(file)).toEqual({ source: 'leonardo-studio', settings: SETTINGS });
  });

  it('leaves a JFIF header first', async () => {
    const plain = await jpegFixture();
    const jfif = jpegSegment(
      0xe0,
      Uint8Array.of(0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0),
    );
    const original = concatBytes([SOI, jfif, plain.subarray(2)]);
    const file = written(original);
    const markers = parseJpeg(file)!.segments.map((s) => s.marker);
    expect(markers.slice(0, 4)).toEqual([0xe0, 0xe1, 0xe1, COM]);
    expect(await decodedPixels(file)).toEqual(await decodedPixels(plain));
  });

  it('keeps a camera EXIF block as it is and adds no second one', async () => {
    const original = await jpegWithCameraExif();
    const file = written(original);
    const exifs = parseJpeg(file)!.segments.filter(isExifSegment);
    expect(exifs).toHaveLength(1);
    expect(exifs[0]!.raw).toEqual(parseJpeg(original)!.segments.find(isExifSegment)!.raw);
    expect((await metadataOf(file)).exif).toBeDefined();
    expect(readSettings(file)?.settings).toEqual(SETTINGS);
  });

  it("adds its description to another tool's XMP packet instead of a second packet", async () => {
    const file = written(await jpegWithForeignXmp());
    const packets = parseJpeg(file)!.segments.filter(isXmpSegment);
    expect(packets).toHaveLength(1);
    const packet = utf8(packets[0]!.data.subarray(XMP_APP1_ID.length));
    expect(packet).toContain('xmp:CreatorTool="Other Tool"');
    expect(packet).toContain('urn:leonardo-studio:settings:1');
    expect(readSettings(file)?.settings).toEqual(SETTINGS);
    expect(FOREIGN_XMP).not.toContain('leonardo');
  });

  it('replaces its own earlier settings rather than piling them up', async () => {
    const original = await jpegFixture();
    const again = written(written(original), { ...SETTINGS, prompt: 'a second prompt' });
    const segments = parseJpeg(again)!.segments;
    expect(segments.filter(isXmpSegment)).toHaveLength(1);
    expect(segments.filter(isExifSegment)).toHaveLength(1);
    expect(segments.filter((s) => s.marker === COM)).toHaveLength(1);
    expect(readSettings(again)?.settings.prompt).toBe('a second prompt');
    expect(jpegImageParts(again)).toEqual(jpegImageParts(original));
  });

  it('says when the settings do not fit in a JPEG segment', async () => {
    const otherParameters: Record<string, string> = {};
    for (let i = 0; i < 8; i++) otherParameters[`Notes ${i}`] = 'y'.repeat(9_000);
    const huge = { ...SETTINGS, otherParameters };
    const result = writeSettings(await jpegFixture(), huge);
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
  });
});

describe('writeSettings: PNG', () => {
  it('adds iTXt chunks after IHDR, with valid CRCs, and leaves IDAT untouched', async () => {
    const original = await pngFixture();
    const file = written(original);
    expect(pngImageData(file)).toEqual(pngImageData(original));
    expect(await decodedPixels(file)).toEqual(await decodedPixels(original));
    const png = parsePng(file)!;
    expect(png.complete).toBe(true);
    expect(png.chunks.slice(0, 3).map((c) => c.type)).toEqual(['IHDR', 'iTXt', 'iTXt']);
    const texts = pngTexts(png);
    expect(texts.map((t) => t.keyword)).toEqual(['leonardo-studio', 'parameters']);
    expect(JSON.parse(texts[0]!.text)).toEqual(SETTINGS);
    expect(texts[1]!.text.split('\n')[0]).toBe(SETTINGS.prompt);
    // libpng checks every CRC and would refuse the file otherwise; it also lists the texts.
    const meta = await metadataOf(file);
    expect(meta.comments?.map((c) => c.keyword)).toEqual(['leonardo-studio', 'parameters']);
    expect(readSettings(file)).toEqual({ source: 'leonardo-studio', settings: SETTINGS });
  });

  it('replaces an A1111 parameters text rather than keeping two', async () => {
    const twice = written(written(await pngFixture()), { ...SETTINGS, seed: 1 });
    const keywords = pngTexts(parsePng(twice)!).map((t) => t.keyword);
    expect(keywords).toEqual(['leonardo-studio', 'parameters']);
    expect(readSettings(twice)?.settings.seed).toBe(1);
  });

  it('refuses a PNG cut short', async () => {
    const png = await pngFixture();
    expect(writeSettings(png.subarray(0, png.length - 20), SETTINGS)).toMatchObject({
      ok: false,
      reason: 'malformed',
    });
  });
});

describe('writeSettings: WebP', () => {
  it('turns a simple lossy file into an extended one with EXIF and XMP, same bitstream', async () => {
    const original = await webpLossyFixture();
    expect(parseWebp(original)!.chunks.map((c) => c.fourcc)).toEqual(['VP8 ']);
    const file = written(original);
    const chunks = parseWebp(file)!.chunks;
    expect(chunks.map((c) => c.fourcc)).toEqual(['VP8X', 'VP8 ', 'EXIF', 'XMP ']);
    // Canvas 48×32 (stored minus one), EXIF and XMP flags.
    expect(Array.from(chunks[0]!.data)).toEqual([0x0c, 0, 0, 0, 47, 0, 0, 31, 0, 0]);
    expect(webpImageData(file)).toEqual(webpImageData(original));
    expect(await decodedPixels(file)).toEqual(await decodedPixels(original));
    // The RIFF size counts everything after itself.
    expect(readU32LE(file, 4)).toBe(file.length - 8);
    const meta = await metadataOf(file);
    expect(meta).toMatchObject({ format: 'webp', width: 48, height: 32 });
    expect(meta.xmp?.toString('utf8')).toContain('urn:leonardo-studio:settings:1');
    expect(readSettings(file)).toEqual({ source: 'leonardo-studio', settings: SETTINGS });
  });

  it('keeps the alpha flag of a lossless file with transparency', async () => {
    const original = await webpLosslessFixture();
    const file = written(original);
    const [vp8x] = parseWebp(file)!.chunks;
    expect(vp8x!.fourcc).toBe('VP8X');
    expect(vp8x!.data[0]! & 0x10).toBe(0x10);
    expect(await decodedPixels(file)).toEqual(await decodedPixels(original));
    expect(readSettings(file)?.settings).toEqual(SETTINGS);
  });

  it("merges into an extended file's own XMP", async () => {
    const file = written(await webpWithForeignXmp());
    const xmps = parseWebp(file)!.chunks.filter((c) => c.fourcc === 'XMP ');
    expect(xmps).toHaveLength(1);
    expect(utf8(xmps[0]!.data)).toContain('Other Tool');
    expect((await metadataOf(file)).format).toBe('webp');
    expect(readSettings(file)?.settings).toEqual(SETTINGS);
  });
});

describe('writeSettings: other files', () => {
  it('says a GIF, a video or random bytes are not supported', () => {
    for (const bytes of [
      Uint8Array.from('GIF89a\x01\x00', (c) => c.charCodeAt(0)),
      Uint8Array.of(0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70),
      new Uint8Array(0),
    ]) {
      expect(writeSettings(bytes, SETTINGS)).toMatchObject({
        ok: false,
        reason: 'unsupported-format',
      });
    }
  });
});
