import { describe, expect, it } from 'vitest';
import { parseGenerationReference } from './generation-reference.ts';

const ID = '5f0e6d3a-2b1c-4d5e-8f90-a1b2c3d4e5f6';

describe('parseGenerationReference', () => {
  it('reads a bare generation id', () => {
    expect(parseGenerationReference(`  ${ID.toUpperCase()} `)).toEqual({
      kind: 'generation',
      generationId: ID,
    });
  });

  it("reads the generation id out of Leonardo's and the engine's image URLs", () => {
    expect(
      parseGenerationReference(
        `https://cdn.leonardo.ai/users/0000-user/generations/${ID}/Leonardo_Phoenix_a_fox_0.jpg`,
      ),
    ).toEqual({
      kind: 'image-url',
      url: `https://cdn.leonardo.ai/users/0000-user/generations/${ID}/Leonardo_Phoenix_a_fox_0.jpg`,
      generationId: ID,
    });
    expect(
      parseGenerationReference(`http://127.0.0.1:8787/files/generations/${ID}/image.png?v=1`),
    ).toMatchObject({
      kind: 'image-url',
      generationId: ID,
    });
  });

  it('takes a page link with the id in its path or query as the generation', () => {
    expect(
      parseGenerationReference(`https://app.leonardo.ai/image-generation/generations/${ID}`),
    ).toEqual({
      kind: 'generation',
      generationId: ID,
    });
    expect(
      parseGenerationReference(`https://app.leonardo.ai/ai-generations?generationId=${ID}`),
    ).toEqual({
      kind: 'generation',
      generationId: ID,
    });
  });

  it('keeps an image URL without an id, to read the settings from the file', () => {
    expect(parseGenerationReference('https://example.com/pics/a1111-output.png')).toEqual({
      kind: 'image-url',
      url: 'https://example.com/pics/a1111-output.png',
      generationId: null,
    });
  });

  it('answers null for anything else', () => {
    for (const text of [
      '',
      'a red fox',
      'https://example.com/about',
      'javascript:alert(1)',
      `file:///tmp/${ID}.png`,
      `${ID}x`,
    ]) {
      expect(parseGenerationReference(text)).toBeNull();
    }
  });
});
