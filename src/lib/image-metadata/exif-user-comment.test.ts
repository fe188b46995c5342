import { describe, expect, it } from 'vitest';
import { EXIF_SOFTWARE, buildExif, readExif } from './exif-user-comment.ts';

describe('EXIF UserComment', () => {
  it('reads back what it wrote, any Unicode text included', () => {
    const text = 'a fox – 狐\nSteps: 20, Seed: 1, Size: 8x8';
    expect(readExif(buildExif(text))).toEqual({ software: EXIF_SOFTWARE, userComment: text });
  });

  it('answers null for what is not TIFF, and nothing for offsets past the end', () => {
    expect(readExif(Uint8Array.of(1, 2, 3))).toBeNull();
    const cut = buildExif('hello').subarray(0, 74);
    expect(readExif(cut)).toEqual({ software: EXIF_SOFTWARE, userComment: null });
    const wild = buildExif('hello');
    // IFD0 pointing far outside the block.
    wild.set([0x7f, 0xff, 0xff, 0xff], 4);
    expect(readExif(wild)).toEqual({ software: null, userComment: null });
  });

  it('reads an ASCII UserComment', () => {
    const exif = buildExif('xx');
    // Rewrite the character code to ASCII and the text to plain bytes.
    const ascii = Uint8Array.from(exif);
    const at = ascii.length - 12;
    ascii.set([65, 83, 67, 73, 73, 0, 0, 0, 104, 105, 0, 0], at);
    expect(readExif(ascii)?.userComment).toBe('hi');
  });
});
