import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  OUTPUT_SIZES,
  isOutputSize,
  parseSizeKey,
  randomSeed,
  sanitizeSettings,
  settingsProblem,
  sizeKey,
  sizeLabel,
} from './canvas-settings.ts';
import { inpaintingBody, lcmBody, parseEchoedTimestamp, upscaleBody } from './lcm-body.ts';

describe('settings', () => {
  it('reads back what was saved and repairs what is out of range', () => {
    expect(sanitizeSettings(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    const repaired = sanitizeSettings({
      prompt: 'x'.repeat(2000),
      style: 'WATERCOLOR',
      strength: 5,
      guidance: 0,
      steps: 9.6,
      seed: -3,
      refineCreative: 'yes',
      refineStrength: 0.1,
      feather: 99,
      pressure: 'tilt',
      wandTolerance: 300,
      wandContiguous: 'no',
      maskStep: 0,
    });
    expect(repaired).toMatchObject({
      style: 'DYNAMIC',
      strength: 1,
      guidance: 0.5,
      steps: 10,
      seed: 0,
      refineCreative: false,
      refineStrength: 0.5,
      feather: 64,
      pressure: 'width',
      wandTolerance: 255,
      wandContiguous: true,
      maskStep: 1,
    });
    expect(repaired.prompt).toHaveLength(1500);
  });

  it('needs a prompt', () => {
    expect(settingsProblem(DEFAULT_SETTINGS)).toBe('Write a prompt first.');
    expect(settingsProblem({ ...DEFAULT_SETTINGS, prompt: ' a cat ' })).toBeNull();
  });

  it('draws seeds within range', () => {
    expect(randomSeed(() => 0)).toBe(0);
    expect(randomSeed(() => 0.999999)).toBeLessThan(1_000_000_000);
  });
});

describe('output sizes', () => {
  it('offers every width × height of 512, 640 and 1024, square first', () => {
    expect(OUTPUT_SIZES).toHaveLength(9);
    expect(OUTPUT_SIZES.slice(0, 3).every((s) => s.width === s.height)).toBe(true);
    expect(isOutputSize({ width: 640, height: 1024 })).toBe(true);
    expect(isOutputSize({ width: 768, height: 512 })).toBe(false);
  });

  it('round-trips through its key and has a readable label', () => {
    expect(parseSizeKey(sizeKey({ width: 1024, height: 640 }))).toEqual({
      width: 1024,
      height: 640,
    });
    expect(parseSizeKey('1x1')).toBeUndefined();
    expect(sizeLabel({ width: 640, height: 1024 })).toBe('640 × 1024 (portrait)');
  });
});

describe('request bodies', () => {
  const settings = { ...DEFAULT_SETTINGS, prompt: '  a lighthouse  ', seed: 42 };
  const size = { width: 640, height: 512 } as const;

  it('sends the settings, the document size and a timestamp', () => {
    expect(lcmBody(settings, size, 'data:image/jpeg;base64,AA', 1700000000123)).toEqual({
      imageDataUrl: 'data:image/jpeg;base64,AA',
      prompt: 'a lighthouse',
      style: 'DYNAMIC',
      strength: 0.65,
      guidance: 7,
      steps: 8,
      seed: 42,
      width: 640,
      height: 512,
      requestTimestamp: '1700000000123',
    });
  });

  it('adds the mask for inpainting and the refinement for upscaling', () => {
    expect(inpaintingBody(settings, size, 'img', 'mask')).toMatchObject({ maskDataUrl: 'mask' });
    expect(upscaleBody({ ...settings, refineCreative: true }, size, 'img')).toMatchObject({
      refineCreative: true,
      refineStrength: 0.5,
    });
    expect(lcmBody(settings, size, 'img')).not.toHaveProperty('requestTimestamp');
  });

  it('reads echoed timestamps as epoch numbers or ISO dates', () => {
    expect(parseEchoedTimestamp('1700000000123')).toBe(1700000000123);
    expect(parseEchoedTimestamp('2023-11-14T22:13:20.123Z')).toBe(1700000000123);
    expect(parseEchoedTimestamp('soon')).toBeUndefined();
    expect(parseEchoedTimestamp(undefined)).toBeUndefined();
  });
});
