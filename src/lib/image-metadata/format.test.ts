import { describe, expect, it } from 'vitest';
import { detectImageFormat } from './format.ts';
import { jpegFixture, pngFixture, webpLossyFixture } from './image-fixtures.ts';

describe('detectImageFormat', () => {
  it('knows PNG, JPEG and WebP by their first bytes, and nothing else', async () => {
    expect(detectImageFormat(await pngFixture())).toBe('png');
    expect(detectImageFormat(await jpegFixture())).toBe('jpeg');
    expect(detectImageFormat(await webpLossyFixture())).toBe('webp');
    expect(detectImageFormat(Uint8Array.from('GIF89a', (c) => c.charCodeAt(0)))).toBeNull();
    expect(detectImageFormat(new Uint8Array(0))).toBeNull();
  });
});
