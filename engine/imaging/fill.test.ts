import { describe, expect, it } from 'vitest';
import { chamferDistance, harmonicFill } from './fill.ts';

describe('harmonicFill', () => {
  it('interpolates a linear ramp across a hole', () => {
    const w = 40;
    const h = 30;
    const rgb = new Float32Array(w * h * 3);
    const known = new Uint8Array(w * h).fill(1);
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const i = y * w + x;
        rgb.fill(x / (w - 1), i * 3, i * 3 + 3);
        if (x > 10 && x < 30 && y > 8 && y < 22) {
          known[i] = 0;
          rgb.fill(1, i * 3, i * 3 + 3);
        }
      }
    }
    const out = harmonicFill(rgb, known, w, h, 200);
    for (const x of [12, 20, 28]) expect(out[(15 * w + x) * 3]).toBeCloseTo(x / (w - 1), 1);
    expect(out[0]).toBe(0);
  });
});

describe('chamferDistance', () => {
  it('measures distance to the target pixels', () => {
    const mask = new Uint8Array(25);
    mask[12] = 1;
    const d = chamferDistance(mask, 1, 5, 5, 10);
    expect(d[12]).toBe(0);
    expect(d[13]).toBe(1);
    expect(d[18]).toBeCloseTo(Math.SQRT2);
    expect(d[14]).toBe(2);
  });
});
