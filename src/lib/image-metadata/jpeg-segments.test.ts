import { describe, expect, it } from 'vitest';
import { concatBytes } from './bytes.ts';
import { jpegFixture } from './image-fixtures.ts';
import { COM, MAX_SEGMENT_PAYLOAD, SOI, jpegSegment, parseJpeg } from './jpeg-segments.ts';

describe('JPEG segments', () => {
  it('splits a real JPEG into its tables and the scan', async () => {
    const file = await jpegFixture();
    const jpeg = parseJpeg(file)!;
    expect(jpeg.segments.map((s) => s.marker)).toContain(0xdb);
    expect(jpeg.scan![0]).toBe(0xff);
    expect(jpeg.scan![1]).toBe(0xda);
    expect(jpeg.scan!.at(-1)).toBe(0xd9);
    const total = 2 + jpeg.segments.reduce((n, s) => n + s.raw.length, 0) + jpeg.scan!.length;
    expect(total).toBe(file.length);
  });

  it('skips fill bytes and standalone markers', async () => {
    const file = await jpegFixture();
    const padded = concatBytes([
      SOI,
      Uint8Array.of(0xff, 0xff, 0xff),
      jpegSegment(COM, Uint8Array.of(65)),
      file.subarray(2),
    ]);
    const jpeg = parseJpeg(padded)!;
    expect(jpeg.segments[0]!.marker).toBe(COM);
    expect(jpeg.scan).not.toBeNull();
  });

  it('gives no scan when a length is impossible, and never reads past the end', () => {
    expect(parseJpeg(Uint8Array.of(0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff, 1))).toEqual({
      segments: [],
      scan: null,
    });
    expect(parseJpeg(Uint8Array.of(0xff, 0xd8, 0xff, 0xe1, 0x00, 0x01))).toEqual({
      segments: [],
      scan: null,
    });
    expect(parseJpeg(Uint8Array.of(0x89, 0x50))).toBeNull();
  });

  it('refuses a payload longer than a segment can hold', () => {
    expect(jpegSegment(COM, new Uint8Array(MAX_SEGMENT_PAYLOAD)).length).toBe(0x10001);
    expect(() => jpegSegment(COM, new Uint8Array(MAX_SEGMENT_PAYLOAD + 1))).toThrow(RangeError);
  });
});
