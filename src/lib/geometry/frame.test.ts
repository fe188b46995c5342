import { describe, expect, it } from 'vitest';
import { closestFrame, extendFrame, moveRects, nextLcmSide, outpaintCoverage } from './frame.ts';

describe('frame extension', () => {
  it('grows one side to the next size the API accepts, up to 1024', () => {
    expect(nextLcmSide(512)).toBe(640);
    expect(nextLcmSide(640)).toBe(1024);
    expect(nextLcmSide(1024)).toBeNull();
    expect(extendFrame({ width: 512, height: 512 }, 'right')).toEqual({
      size: { width: 640, height: 512 },
      offset: { x: 0, y: 0 },
      added: { x: 512, y: 0, width: 128, height: 512 },
    });
    expect(extendFrame({ width: 640, height: 512 }, 'left')).toEqual({
      size: { width: 1024, height: 512 },
      offset: { x: 384, y: 0 },
      added: { x: 0, y: 0, width: 384, height: 512 },
    });
    expect(extendFrame({ width: 512, height: 640 }, 'up')).toEqual({
      size: { width: 512, height: 1024 },
      offset: { x: 0, y: 384 },
      added: { x: 0, y: 0, width: 512, height: 384 },
    });
    expect(extendFrame({ width: 512, height: 512 }, 'down')?.added).toEqual({
      x: 0,
      y: 512,
      width: 512,
      height: 128,
    });
    expect(extendFrame({ width: 1024, height: 512 }, 'right')).toBeNull();
    expect(extendFrame({ width: 1024, height: 512 }, 'down')?.size).toEqual({
      width: 1024,
      height: 640,
    });
  });

  it('moves areas of the old frame with what is there', () => {
    const grown = extendFrame({ width: 512, height: 512 }, 'left')!;
    expect(moveRects([{ x: 500, y: 0, width: 12, height: 512 }], grown.offset, grown.size)).toEqual(
      [{ x: 628, y: 0, width: 12, height: 512 }],
    );
  });

  it('masks the added area and a band of the old picture for the feather', () => {
    const bits = outpaintCoverage(
      { width: 20, height: 4 },
      [{ x: 15, y: 0, width: 5, height: 4 }],
      3,
    );
    const row = [...bits.slice(0, 20)];
    expect(row).toEqual([...Array(12).fill(0), ...Array(8).fill(255)]);
    expect(bits.filter((v) => v === 255)).toHaveLength(8 * 4);
  });
});

describe('the frame for an opened image', () => {
  it('keeps a wide image wide and a tall one tall', () => {
    expect(closestFrame({ width: 1024, height: 576 })).toEqual({ width: 1024, height: 640 });
    expect(closestFrame({ width: 576, height: 1024 })).toEqual({ width: 640, height: 1024 });
    expect(closestFrame({ width: 2048, height: 1024 })).toEqual({ width: 1024, height: 512 });
  });

  it('picks the size nearest the image among frames of the same shape', () => {
    expect(closestFrame({ width: 512, height: 512 })).toEqual({ width: 512, height: 512 });
    expect(closestFrame({ width: 700, height: 700 })).toEqual({ width: 640, height: 640 });
    expect(closestFrame({ width: 2000, height: 2000 })).toEqual({ width: 1024, height: 1024 });
    expect(closestFrame({ width: 0, height: 10 })).toEqual({ width: 512, height: 512 });
  });
});
