/**
 * Hashing and seeded randomness. Everything the engine draws must be reproducible from its
 * inputs, so nothing here touches Math.random or the clock.
 */

/** FNV-1a over UTF-16 code units: cheap, stable across platforms, good enough to spread prompts. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Murmur3's finaliser: turns correlated integers (seed, seed+1, …) into unrelated ones. */
export function mix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Combines numbers into one 32-bit hash. API seeds reach ~10^10, beyond 32 bits, so the high
 * part is folded in instead of being silently truncated.
 */
export function hashNumbers(...values: number[]): number {
  let h = 0x9e3779b9;
  for (const v of values) {
    const n = Number.isFinite(v) ? Math.trunc(v) : 0;
    const lo = n >>> 0;
    const hi = Math.floor(Math.abs(n) / 0x100000000) >>> 0;
    h = mix32(h ^ lo) ^ mix32(hi + 0x632be5ab + (n < 0 ? 1 : 0));
    h = Math.imul(h, 0x27d4eb2d) >>> 0;
  }
  return mix32(h);
}

/** Mulberry32: a tiny 32-bit PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform float in [min, max) from a PRNG. */
export function range(rand: () => number, min: number, max: number): number {
  return min + (max - min) * rand();
}

/** Per-pixel white noise in [0, 1) without state, so loops can call it in any order. */
export function hash2d(x: number, y: number, seed: number): number {
  let h = Math.imul(x, 0x27d4eb2d) ^ Math.imul(y, 0x165667b1) ^ seed;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}
