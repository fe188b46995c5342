import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { dataUrlImageSize } from './image-header.ts';

const dataUrl = async (format: 'png' | 'jpeg' | 'webp', width: number, height: number) => {
  const bytes = await sharp({ create: { width, height, channels: 3, background: '#468' } })
    .withMetadata({ exif: { IFD0: { Copyright: 'x'.repeat(2000) } } })
    .toFormat(format)
    .toBuffer();
  return `data:image/${format};base64,${bytes.toString('base64')}`;
};

describe('dataUrlImageSize', () => {
  it.each(['png', 'jpeg', 'webp'] as const)(
    'reads the size of a %s from its header',
    async (format) => {
      expect(dataUrlImageSize(await dataUrl(format, 640, 480))).toEqual({
        width: 640,
        height: 480,
      });
      expect(dataUrlImageSize(await dataUrl(format, 4000, 12))).toEqual({
        width: 4000,
        height: 12,
      });
    },
  );

  it('answers null for what it cannot read', () => {
    expect(dataUrlImageSize('not a data url')).toBeNull();
    expect(dataUrlImageSize('data:image/png;base64,AAAA')).toBeNull();
    expect(
      dataUrlImageSize(`data:image/gif;base64,${Buffer.from('GIF89a').toString('base64')}`),
    ).toBeNull();
  });
});
