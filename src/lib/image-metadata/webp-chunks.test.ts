import { describe, expect, it } from 'vitest';
import { asciiBytes, readU32LE } from './bytes.ts';
import { webpLosslessFixture, webpLossyFixture } from './image-fixtures.ts';
import {
  isWebp,
  parseWebp,
  riffFile,
  vp8xChunk,
  vp8xPayloadFor,
  webpChunk,
  webpExifTiff,
} from './webp-chunks.ts';

describe('WebP chunks', () => {
  it('reads the canvas size of lossy and lossless bitstreams', async () => {
    for (const file of [await webpLossyFixture(), await webpLosslessFixture()]) {
      const [image] = parseWebp(file)!.chunks;
      const payload = vp8xPayloadFor(image!)!;
      expect(Array.from(payload.subarray(4))).toEqual([47, 0, 0, 31, 0, 0]);
    }
  });

  it('pads odd chunks and counts the RIFF size', () => {
    const file = riffFile([webpChunk('ABCD', Uint8Array.of(1, 2, 3))]);
    expect(file.length).toBe(12 + 8 + 4);
    expect(readU32LE(file, 4)).toBe(file.length - 8);
    expect(isWebp(file)).toBe(true);
    expect(parseWebp(file)).toMatchObject({
      complete: true,
      chunks: [{ fourcc: 'ABCD', data: Uint8Array.of(1, 2, 3) }],
    });
  });

  it('sets flags on a VP8X payload without changing the rest', () => {
    const chunk = vp8xChunk(Uint8Array.of(0x10, 0, 0, 0, 1, 2, 3, 4, 5, 6), 0x0c);
    expect(Array.from(chunk.subarray(8))).toEqual([0x1c, 0, 0, 0, 1, 2, 3, 4, 5, 6]);
  });

  it('stops at a chunk size past the end, and reads no size from a broken bitstream', () => {
    const bad = riffFile([asciiBytes('VP8 '), Uint8Array.of(0xff, 0xff, 0, 0)]);
    expect(parseWebp(bad)).toEqual({ chunks: [], complete: false });
    expect(
      vp8xPayloadFor({ fourcc: 'VP8 ', data: new Uint8Array(10), raw: new Uint8Array(18) }),
    ).toBeNull();
  });

  it('strips a JPEG-style Exif prefix', () => {
    expect(Array.from(webpExifTiff(asciiBytes('Exif\0\0MM')))).toEqual([77, 77]);
    expect(Array.from(webpExifTiff(asciiBytes('MM')))).toEqual([77, 77]);
  });
});
