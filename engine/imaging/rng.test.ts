import { describe, expect, it } from 'vitest';
import { fnv1a, hash2d, hashNumbers, mulberry32 } from './rng.ts';

describe('rng', () => {
  it('hashes strings with FNV-1a', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('repeats a sequence for a seed and differs between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const seqA = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(seqA);
    expect([c(), c(), c()]).not.toEqual(seqA);
    for (const v of seqA) expect(v >= 0 && v < 1).toBe(true);
  });

  it('keeps seeds above 32 bits apart', () => {
    expect(hashNumbers(1)).not.toBe(hashNumbers(1 + 2 ** 32));
    expect(hashNumbers(9_999_999_998)).not.toBe(hashNumbers(9_999_999_997));
    expect(hashNumbers(5, 1)).not.toBe(hashNumbers(5, 2));
    expect(hashNumbers(5, 1)).toBe(hashNumbers(5, 1));
  });

  it('gives uniform-looking per-pixel noise', () => {
    let sum = 0;
    for (let i = 0; i < 10_000; i++) sum += hash2d(i % 100, Math.floor(i / 100), 7);
    expect(sum / 10_000).toBeGreaterThan(0.45);
    expect(sum / 10_000).toBeLessThan(0.55);
  });
});
