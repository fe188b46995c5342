import { describe, expect, it } from 'vitest';
import { dataUrl, encodeBase64Bytes } from './base64.ts';

describe('encodeBase64Bytes', () => {
  it('matches Node for every length remainder and every byte value', () => {
    const all = Uint8Array.from({ length: 256 * 3 + 7 }, (_, i) => (i * 37 + (i >> 8)) & 255);
    for (const length of [0, 1, 2, 3, 4, 5, 255, 256, all.length]) {
      const bytes = all.subarray(0, length);
      expect(encodeBase64Bytes(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });

  it('makes a data URL', () => {
    expect(dataUrl('image/jpeg', new Uint8Array([0xff, 0xd8, 0xff]))).toBe(
      'data:image/jpeg;base64,/9j/',
    );
  });
});
