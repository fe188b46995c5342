import { describe, expect, it } from 'vitest';
import { resample } from './field.ts';
import { noiseField } from './noise.ts';

function edgeVsInside(f: Float32Array, w: number, h: number) {
  let edge = 0;
  let inside = 0;
  for (let y = 0; y < h; y++) {
    edge += Math.abs(f[y * w]! - f[y * w + w - 1]!);
    inside += Math.abs(f[y * w + w / 2]! - f[y * w + w / 2 - 1]!);
  }
  return { edge: edge / h, inside: inside / h };
}

describe('noiseField', () => {
  it('is deterministic and seed dependent', () => {
    const o = { width: 32, height: 32, cellsX: 4, cellsY: 4, octaves: 3, seed: 1 };
    expect(noiseField(o)).toEqual(noiseField(o));
    expect(noiseField({ ...o, seed: 2 })).not.toEqual(noiseField(o));
  });

  it('stays roughly within -1..1 with zero mean', () => {
    const f = noiseField({ width: 128, height: 128, cellsX: 8, cellsY: 8, octaves: 4, seed: 3 });
    let sum = 0;
    let max = 0;
    for (const v of f) {
      max = Math.max(max, Math.abs(v));
      sum += v;
    }
    expect(max).toBeLessThan(1.2);
    expect(max).toBeGreaterThan(0.3);
    expect(Math.abs(sum / f.length)).toBeLessThan(0.15);
  });

  it('tiles when periodic, also after a wrapped enlargement', () => {
    const f = noiseField({
      width: 64,
      height: 64,
      cellsX: 3,
      cellsY: 3,
      octaves: 4,
      seed: 9,
      periodic: true,
    });
    const small = edgeVsInside(f, 64, 64);
    expect(small.edge).toBeLessThan(small.inside * 2 + 1e-3);
    const big = resample(f, 64, 64, 256, 256, 1, true);
    const large = edgeVsInside(big, 256, 256);
    expect(large.edge).toBeLessThan(large.inside * 2 + 1e-3);
  });
});
