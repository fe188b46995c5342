import { describe, expect, it } from 'vitest';
import type { TextureImage } from '../../../../contract/index.ts';
import { mapAlt, mapUrls, sortMaps } from './texture-maps.ts';

const image = (type: TextureImage['type'], url = `/${type}.png`): TextureImage => ({
  id: `id-${type}-${url}`,
  type,
  url,
});

describe('texture maps', () => {
  it('names each map in its alternative text', () => {
    expect(mapAlt('ALBEDO')).toBe('Albedo map');
    expect(mapAlt('HDRP_MASK')).toBe('HDRP mask map');
  });

  it('sorts in the documented order', () => {
    const sorted = sortMaps([
      image('ROUGHNESS'),
      image('DISPLACEMENT'),
      image('ALBEDO'),
      image('NORMAL'),
    ]);
    expect(sorted.map((m) => m.type)).toEqual(['ALBEDO', 'NORMAL', 'ROUGHNESS', 'DISPLACEMENT']);
  });

  it('keeps the first URL of each type', () => {
    expect(mapUrls([image('ALBEDO', '/a1'), image('ALBEDO', '/a2'), image('NORMAL')])).toEqual({
      ALBEDO: '/a1',
      NORMAL: '/NORMAL.png',
    });
  });
});
