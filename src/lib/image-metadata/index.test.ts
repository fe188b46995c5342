import { describe, expect, it } from 'vitest';
import { generationFixture } from '../../test/generation-fixture.ts';
import { jpegFixture, pngFixture, webpLossyFixture } from './image-fixtures.ts';
import { readSettings, settingsFromGeneration, writeSettings } from './index.ts';

describe('image metadata: the round trip a download makes', () => {
  it('writes a generation’s settings into each format and reads the same settings back', async () => {
    const generation = generationFixture({ prompt: 'a lighthouse, "fog"', negativePrompt: 'text' });
    const settings = settingsFromGeneration(generation, {
      modelName: 'Leonardo Phoenix',
      imageId: generation.generated_images[0]!.id,
      alchemy: true,
    });
    for (const file of [await pngFixture(), await jpegFixture(), await webpLossyFixture()]) {
      const result = writeSettings(file, settings);
      expect(result.ok).toBe(true);
      if (result.ok)
        expect(readSettings(result.bytes)).toEqual({ source: 'leonardo-studio', settings });
    }
  });
});
