import { describe, expect, it } from 'vitest';
import { readSelection, writeSelection } from './selection-url.ts';

const MODEL = '6a3f1c2e-1b2d-4e5f-8a9b-0c1d2e3f4a5b';
const TEXTURE = '0b7b2f5e-9d5c-4c55-8f3e-3f2f0f7a0a01';

describe('selection in the address', () => {
  it('reads the model and texture ids', () => {
    expect(readSelection(`?model=${MODEL}&texture=${TEXTURE}`)).toEqual({
      modelId: MODEL,
      textureId: TEXTURE,
    });
    expect(readSelection('')).toEqual({ modelId: null, textureId: null });
  });

  it('ignores ids that are not ids, and a texture without a model', () => {
    expect(readSelection('?model=../../me')).toEqual({ modelId: null, textureId: null });
    expect(readSelection(`?texture=${TEXTURE}`)).toEqual({ modelId: null, textureId: null });
  });

  it('writes the selection and keeps other parameters', () => {
    expect(writeSelection('?tab=x', { modelId: MODEL, textureId: null })).toBe(
      `?tab=x&model=${MODEL}`,
    );
    expect(
      writeSelection(`?model=${MODEL}&texture=${TEXTURE}`, { modelId: MODEL, textureId: null }),
    ).toBe(`?model=${MODEL}`);
    expect(writeSelection(`?model=${MODEL}`, { modelId: null, textureId: null })).toBe('');
  });
});
