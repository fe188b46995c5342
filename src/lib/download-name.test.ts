import { describe, expect, it } from 'vitest';
import { createNameAllocator, downloadName, extensionFor, promptSlug } from './download-name.ts';

describe('download names', () => {
  it('makes <prompt-words>-<seed>.<ext> from the first words of the prompt', () => {
    expect(
      downloadName({
        prompt: 'A Lighthouse in the fog, at dawn; moody cinematic light',
        seed: 42,
        contentType: 'image/jpeg',
      }),
    ).toBe('a-lighthouse-in-the-fog-at-42.jpg');
  });

  it('keeps names ASCII: accents folded, other scripts and symbols dropped', () => {
    expect(promptSlug('Café crème — <lora:x:0.5> (8k)')).toBe('cafe-creme-lora-x-0-5');
    expect(promptSlug('夕暮れの富士山')).toBe('generation');
    expect(promptSlug('   ')).toBe('generation');
  });

  it('bounds the length, cutting at a word', () => {
    const slug = promptSlug(
      'supercalifragilistic expialidocious wonderfully longwinded words here',
    );
    expect(slug.length).toBeLessThanOrEqual(48);
    expect(slug).toBe('supercalifragilistic-expialidocious-wonderfully');
    expect(promptSlug('x'.repeat(100))).toHaveLength(48);
  });

  it('uses the start of the id where there is no seed', () => {
    expect(
      downloadName({ prompt: 'a cat', seed: null, id: '8F1C2D3E-aaaa', contentType: 'image/png' }),
    ).toBe('a-cat-8f1c2d3e.png');
    expect(downloadName({ prompt: 'a cat', seed: null, contentType: 'image/png' })).toBe(
      'a-cat.png',
    );
  });

  it('never makes a Windows device name', () => {
    expect(downloadName({ prompt: 'con', seed: null, contentType: 'image/png' })).toBe(
      'con-image.png',
    );
  });

  it('takes the extension from the content type, the bytes, then the URL', () => {
    expect(extensionFor({ contentType: 'image/webp; q=1' })).toBe('webp');
    expect(
      extensionFor({ bytes: Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) }),
    ).toBe('png');
    expect(extensionFor({ url: 'https://cdn.example/a/b/Image.JPEG?x=1#y' })).toBe('jpg');
    expect(extensionFor({ url: '/files/clip.mp4' })).toBe('mp4');
    expect(extensionFor({ contentType: 'application/octet-stream', url: 'https://x/y.exe' })).toBe(
      'bin',
    );
  });

  it('hands out names unique within an archive, whatever their case', () => {
    const unique = createNameAllocator(['generations.json']);
    expect(unique('a-cat-1.jpg')).toBe('a-cat-1.jpg');
    expect(unique('A-CAT-1.jpg')).toBe('A-CAT-1-2.jpg');
    expect(unique('a-cat-1.jpg')).toBe('a-cat-1-3.jpg');
    expect(unique('Generations.json')).toBe('Generations-2.json');
    expect(unique('noext')).toBe('noext');
    expect(unique('noext')).toBe('noext-2');
  });
});
