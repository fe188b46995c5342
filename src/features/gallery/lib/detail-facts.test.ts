import { describe, expect, it } from 'vitest';
import { generationFixture } from '../../../test/generation-fixture.ts';
import { detailFacts } from './detail-facts.ts';

describe('detailFacts', () => {
  it('lists the metadata, and the cost only when known', () => {
    const generation = generationFixture({
      prompt: 'a fox',
      imageWidth: 256,
      imageHeight: 256,
      seed: 7,
      presetStyle: 'RENDER_3D',
      promptMagic: true,
      promptMagicVersion: 'v3',
    });
    const facts = Object.fromEntries(
      detailFacts(generation, 'Lightning XL', '4 CREDITS').map((f) => [f.term, f.value]),
    );
    expect(facts).toMatchObject({
      Prompt: 'a fox',
      'Negative prompt': 'None',
      Model: 'Lightning XL',
      Size: '256 × 256',
      Seed: '7',
      'Guidance scale': '7',
      Style: 'Render 3D',
      Modes: 'Prompt Magic v3',
      Cost: '4 CREDITS',
    });
    expect(detailFacts(generation, 'x', null).some((f) => f.term === 'Cost')).toBe(false);
  });

  it('says a size the answer did not give is not recorded, rather than 0 × 0', () => {
    const facts = detailFacts(generationFixture({ imageWidth: 0, imageHeight: 0 }), 'x', null);
    expect(facts.find((f) => f.term === 'Size')?.value).toBe('Not recorded');
  });
});
