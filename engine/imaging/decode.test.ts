import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  decodeDataUrl,
  decodeImageFile,
  encodeJpeg,
  encodePng,
  jpegDataUrl,
  resizeRgb,
} from './decode.ts';
import { testImage } from './test-helpers.ts';
import { ImageInputError } from './types.ts';

const raw = (w: number, h: number, channels: 3 | 4, fill: number[]) =>
  sharp(
    Buffer.alloc(w * h * channels, 0).map((_, i) => fill[i % channels]!),
    {
      raw: { width: w, height: h, channels },
    },
  );

describe('decodeDataUrl', () => {
  it('accepts JPEG, PNG and WebP, with any case of MIME type', async () => {
    const cases: [string, Buffer][] = [
      ['image/jpeg', await raw(16, 8, 3, [200, 10, 10]).jpeg().toBuffer()],
      ['image/JPG', await raw(16, 8, 3, [200, 10, 10]).jpeg().toBuffer()],
      ['image/png', await raw(16, 8, 3, [200, 10, 10]).png().toBuffer()],
      ['IMAGE/WEBP', await raw(16, 8, 3, [200, 10, 10]).webp({ lossless: true }).toBuffer()],
    ];
    for (const [mime, bytes] of cases) {
      const img = await decodeDataUrl(
        `data:${mime};base64,${bytes.toString('base64')}`,
        'imageDataUrl',
      );
      expect(img.width).toBe(16);
      expect(img.height).toBe(8);
      expect(img.data.length).toBe(16 * 8 * 3);
      expect(img.data[0]).toBeGreaterThan(150);
      expect(img.data[1]).toBeLessThan(60);
    }
  });

  it('flattens transparency onto white paper', async () => {
    const png = await raw(4, 4, 4, [0, 0, 0, 0]).png().toBuffer();
    const img = await decodeDataUrl(
      `data:image/png;base64,${png.toString('base64')}`,
      'imageDataUrl',
    );
    expect([...img.data.slice(0, 3)]).toEqual([255, 255, 255]);
  });

  it('turns greyscale into three channels', async () => {
    const png = await sharp(Buffer.alloc(16, 77), { raw: { width: 4, height: 4, channels: 1 } })
      .png()
      .toBuffer();
    const img = await decodeDataUrl(
      `data:image/png;base64,${png.toString('base64')}`,
      'maskDataUrl',
    );
    expect(img.data.length).toBe(48);
    expect([...img.data.slice(0, 3)]).toEqual([77, 77, 77]);
  });

  it.each([
    ['not a data url', 'is not a valid base64 image data URL'],
    ['data:image/gif;base64,R0lGODlhAQABAAAAACw=', 'is not a valid base64 image data URL'],
    ['data:text/plain;base64,aGVsbG8=', 'is not a valid base64 image data URL'],
    ['data:image/png;base64,', 'is not a valid base64 image data URL'],
    ['data:image/png;base64,@@@@', 'is not a valid base64 image data URL'],
    ['data:image/png;base64,aGVsbG8gd29ybGQ=', 'does not contain a decodable image'],
  ])('rejects %s', async (url, message) => {
    const error = await decodeDataUrl(url, 'maskDataUrl').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImageInputError);
    expect((error as Error).message).toBe(`maskDataUrl ${message}`);
  });

  it('rejects images in other formats even when the prefix says PNG', async () => {
    const gif = await raw(4, 4, 3, [1, 2, 3]).gif().toBuffer();
    await expect(
      decodeDataUrl(`data:image/png;base64,${gif.toString('base64')}`, 'x'),
    ).rejects.toThrow('x must be a JPEG, PNG or WebP image');
  });

  it('rejects sides above 4096 pixels', async () => {
    const png = await sharp({ create: { width: 4097, height: 2, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    await expect(
      decodeDataUrl(`data:image/png;base64,${png.toString('base64')}`, 'imageDataUrl'),
    ).rejects.toThrow(/imageDataUrl is 4097x2/);
  });
});

describe('decodeImageFile and encoders', () => {
  it('decodes file bytes and rejects garbage', async () => {
    const png = await encodePng(testImage(20, 10));
    const img = await decodeImageFile(png);
    expect(img.data).toEqual(testImage(20, 10).data);
    await expect(decodeImageFile(new Uint8Array([1, 2, 3]))).rejects.toBeInstanceOf(
      ImageInputError,
    );
  });

  it('encodes JPEG deterministically, at the requested quality', async () => {
    const img = testImage(64, 48);
    const a = await encodeJpeg(img);
    expect(await encodeJpeg(img)).toEqual(a);
    expect(a.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect((await encodeJpeg(img, 40)).length).toBeLessThan(a.length);
    expect(jpegDataUrl(a)).toBe(`data:image/jpeg;base64,${a.toString('base64')}`);
  });

  it('resizes to an exact size', async () => {
    const out = await resizeRgb(testImage(64, 48), 30, 50);
    expect([out.width, out.height, out.data.length]).toEqual([30, 50, 30 * 50 * 3]);
  });
});
