import { describe, expect, it } from 'vitest';
import {
  asciiBytes,
  concatBytes,
  crc32,
  indexOfZero,
  latin1,
  readU16BE,
  readU32BE,
  readU32LE,
  u32BE,
  u32LE,
} from './bytes.ts';

describe('bytes', () => {
  it('computes the standard CRC-32 check value, in parts or whole', () => {
    expect(crc32([asciiBytes('123456789')])).toBe(0xcbf43926);
    expect(crc32([asciiBytes('1234'), asciiBytes('56789')])).toBe(0xcbf43926);
  });

  it('reads and writes both byte orders, past the end as zero', () => {
    const b = concatBytes([u32BE(0x01020304), u32LE(0x01020304)]);
    expect(Array.from(b)).toEqual([1, 2, 3, 4, 4, 3, 2, 1]);
    expect(readU32BE(b, 0)).toBe(0x01020304);
    expect(readU32LE(b, 4)).toBe(0x01020304);
    expect(readU16BE(b, 2)).toBe(0x0304);
    expect(readU32BE(Uint8Array.of(0xff, 0xff, 0xff, 0xff), 0)).toBe(0xffffffff);
    expect(readU32BE(b, 6)).toBe(0x02010000);
  });

  it('finds zero bytes and decodes Latin-1, long texts too', () => {
    expect(indexOfZero(Uint8Array.of(1, 0, 2), 0)).toBe(1);
    expect(indexOfZero(Uint8Array.of(1, 2), 0)).toBe(-1);
    const long = 'é'.repeat(20_000);
    expect(latin1(Uint8Array.from(long, (c) => c.charCodeAt(0)))).toBe(long);
  });
});
