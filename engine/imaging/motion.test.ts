import { describe, expect, it } from 'vitest';
import { encodePng } from './decode.ts';
import {
  MOTION_FPS,
  MOTION_FRAMES,
  maxDisplacement,
  motionDisplacement,
  motionPath,
  motionSize,
  renderMotionMp4,
  zoomAt,
} from './motion.ts';
import { testImage } from './test-helpers.ts';

/** Finds an ISO-BMFF box by type anywhere in the file and returns the offset of its payload. */
function boxPayload(mp4: Buffer, type: string): number {
  const at = mp4.indexOf(Buffer.from(type, 'latin1'));
  expect(at, `box ${type}`).toBeGreaterThan(3);
  return at + 4;
}

describe('motion path', () => {
  it('moves more with a higher motion strength', () => {
    const weak = maxDisplacement(motionPath(1, 5), 512, 384);
    const strong = maxDisplacement(motionPath(10, 5), 512, 384);
    expect(weak).toBeGreaterThan(0.5);
    expect(strong).toBeGreaterThan(weak * 4);
  });

  it('never samples outside the source image', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const path = motionPath(10, seed);
      for (let f = 0; f < MOTION_FRAMES; f += 7) {
        for (const [x, y] of [
          [0, 0],
          [511, 0],
          [0, 383],
          [511, 383],
          [256, 383],
        ] as const) {
          const [dx, dy] = motionDisplacement(path, f / (MOTION_FRAMES - 1), x, y, 512, 384);
          expect(x + dx).toBeGreaterThanOrEqual(-0.5);
          expect(x + dx).toBeLessThanOrEqual(512.5);
          expect(y + dy).toBeGreaterThanOrEqual(-0.5);
          expect(y + dy).toBeLessThanOrEqual(384.5);
        }
      }
      expect(zoomAt(path, 0, 512, 384)).toBeGreaterThanOrEqual(1);
    }
  });

  it('keeps videos within 512 px with even sides', () => {
    expect(motionSize(1024, 768)).toEqual({ width: 512, height: 384 });
    expect(motionSize(333, 501)).toEqual({ width: 334, height: 502 });
    expect(motionSize(700, 1400)).toEqual({ width: 256, height: 512 });
    expect(motionSize(101, 51)).toEqual({ width: 102, height: 52 });
  });
});

describe('renderMotionMp4', () => {
  it('encodes a 3 s, 24 fps H.264 MP4, deterministically', async () => {
    const png = await encodePng(testImage(96, 64));
    const mp4 = await renderMotionMp4({ image: png, motionStrength: 5, seed: 1 });
    expect(mp4.subarray(4, 8).toString('latin1')).toBe('ftyp');
    expect(mp4.includes(Buffer.from('avc1'))).toBe(true);
    // mvhd (version 0): flags, creation, modification, timescale, duration.
    const mvhd = boxPayload(mp4, 'mvhd');
    const seconds = mp4.readUInt32BE(mvhd + 16) / mp4.readUInt32BE(mvhd + 12);
    expect(seconds).toBeCloseTo(3, 1);
    // stsz: flags, uniform sample size, sample count.
    const stsz = boxPayload(mp4, 'stsz');
    expect(mp4.readUInt32BE(stsz + 8)).toBe(MOTION_FRAMES);
    expect(MOTION_FRAMES).toBe(3 * MOTION_FPS);
    const again = await renderMotionMp4({ image: png, motionStrength: 5, seed: 1 });
    expect(again.equals(mp4)).toBe(true);
  });

  it('produces more changing frames at strength 10 than at 1', async () => {
    const png = await encodePng(testImage(128, 96));
    const calm = await renderMotionMp4({ image: png, motionStrength: 1, seed: 2 });
    const wild = await renderMotionMp4({ image: png, motionStrength: 10, seed: 2 });
    expect(wild.length).toBeGreaterThan(calm.length);
  });

  it('rejects bytes that are not an image', async () => {
    await expect(
      renderMotionMp4({ image: new Uint8Array([1, 2, 3]), motionStrength: 5, seed: 1 }),
    ).rejects.toThrow(/not|decodable/);
  });
});
