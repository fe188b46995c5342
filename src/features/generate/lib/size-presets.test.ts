import { describe, expect, it } from 'vitest';
import { rollSeed, ROLLED_SEED_MAX } from './seed.ts';
import { CUSTOM_SIZE, presetByValue, sizeSelection } from './size-presets.ts';

describe('size presets', () => {
  it('matches typed sizes to presets and everything else to Custom', () => {
    expect(sizeSelection('256', '256')).toBe('256x256');
    expect(presetByValue('1024x768')).toMatchObject({ width: 1024, height: 768 });
    expect(sizeSelection('264', '256')).toBe(CUSTOM_SIZE);
  });
});

describe('rollSeed', () => {
  it('stays within the range every model accepts', () => {
    expect(rollSeed(() => 0)).toBe(0);
    expect(rollSeed(() => 0.999999999999)).toBe(ROLLED_SEED_MAX);
  });
});
