import { describe, expect, it } from 'vitest';
import { rgbToHsl } from './color.ts';
import { promptLook } from './prompt-look.ts';

describe('promptLook', () => {
  it('is deterministic for the same inputs and varies with the seed', () => {
    const a = promptLook({ prompt: 'a forest at dawn', seed: 1 });
    expect(promptLook({ prompt: 'a forest at dawn', seed: 1 })).toEqual(a);
    expect(promptLook({ prompt: 'a forest at dawn', seed: 2 }).hash).not.toBe(a.hash);
  });

  it('maps landscape words to a horizon composition and scenery', () => {
    const look = promptLook({ prompt: 'Pine FORESTS under snow', seed: 3 });
    expect(look.composition).toBe('horizon');
    expect(look.scenery).toBe('forest');
    expect(look.snow).toBe(true);
    expect(promptLook({ prompt: 'calm ocean', seed: 3 }).scenery).toBe('sea');
    expect(promptLook({ prompt: 'cyberpunk city', seed: 3 }).scenery).toBe('city');
  });

  it('puts named subjects in the centre', () => {
    expect(promptLook({ prompt: 'a cute cat', seed: 1 })).toMatchObject({
      composition: 'subject',
      subject: 'creature',
    });
    expect(promptLook({ prompt: 'portrait of a knight', seed: 1 }).subject).toBe('bust');
    expect(promptLook({ prompt: 'roses', seed: 1 }).subject).toBe('flower');
  });

  it('uses radial and diagonal compositions for energy and flow', () => {
    expect(promptLook({ prompt: 'fire explosion', seed: 1 }).composition).toBe('radial');
    expect(promptLook({ prompt: 'neon lights', seed: 1 }).composition).toBe('diagonal');
    expect(promptLook({ prompt: 'neon lights', seed: 1, tiling: true }).composition).toBe(
      'pattern',
    );
  });

  it('lets a sunset colour an ocean scene', () => {
    const look = promptLook({ prompt: 'ocean at sunset', seed: 1 });
    expect(look.scenery).toBe('sea');
    const [hue] = rgbToHsl(look.palette.skyHorizon);
    expect(hue < 50 || hue > 330).toBe(true);
  });

  it('removes negative-prompt themes and colours', () => {
    expect(
      promptLook({ prompt: 'cat in a forest', negativePrompt: 'cat', seed: 1 }).composition,
    ).toBe('horizon');
    const red = promptLook({ prompt: 'a red car', seed: 1 });
    const [redHue] = rgbToHsl(red.palette.subject);
    expect(redHue < 20 || redHue > 340).toBe(true);
    const noRed = promptLook({ prompt: 'a red car', negativePrompt: 'red', seed: 1 });
    expect(noRed.matched).not.toContain('red');
    for (const colour of Object.values(noRed.palette)) {
      const [h, s] = rgbToHsl(colour);
      if (s > 0.3) expect(h > 30 && h < 330).toBe(true);
    }
  });

  it('applies style enums', () => {
    expect(promptLook({ prompt: 'x', style: 'SKETCH_BW', seed: 1 }).style).toMatchObject({
      sketch: 'bw',
      monochrome: true,
    });
    expect(promptLook({ prompt: 'x', style: 'MONOCHROME', seed: 1 }).style.monochrome).toBe(true);
    expect(promptLook({ prompt: 'x', style: 'VIBRANT', seed: 1 }).style.saturation).toBeGreaterThan(
      1.3,
    );
    expect(promptLook({ prompt: 'x', style: 'ANIME', seed: 1 }).style.posterize).toBeGreaterThan(0);
    expect(promptLook({ prompt: 'x', style: 'NOT_A_STYLE', seed: 1 }).style).toEqual(
      promptLook({ prompt: 'x', seed: 1 }).style,
    );
  });

  it('picks a palette from the hash when no keyword matches', () => {
    const a = promptLook({ prompt: 'zxqv blorp', seed: 1 });
    const b = promptLook({ prompt: 'plonk wibble', seed: 1 });
    expect(a.matched).toEqual([]);
    expect(a.palette).not.toEqual(b.palette);
    expect(a.ramp.length).toBe(256 * 3);
  });
});
