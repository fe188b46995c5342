import { describe, expect, it } from 'vitest';
import { jpegFixture, pngFixture, webpLossyFixture } from './image-fixtures.ts';
import { readSettings } from './read-settings.ts';
import { EMPTY_SETTINGS } from './settings.ts';
import { writeSettings } from './write-settings.ts';

/** A small seeded generator, so a failing case can be run again. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SETTINGS = { ...EMPTY_SETTINGS, prompt: 'a harbour at dawn', seed: 5, width: 48, height: 32 };

/** Damage of the kinds real files have: flipped bytes, huge lengths, cut-off ends, copies. */
function damage(file: Uint8Array, next: () => number): Uint8Array {
  const copy = Uint8Array.from(file);
  const kind = Math.floor(next() * 4);
  if (kind === 0) {
    for (let i = 0; i < 1 + next() * 8; i++)
      copy[Math.floor(next() * copy.length)] = Math.floor(next() * 256);
    return copy;
  }
  if (kind === 1) {
    const at = Math.floor(next() * (copy.length - 4));
    copy.set(
      [0xff, 0xff, 0xff, 0xff].map((v) => (next() < 0.5 ? v : 0)),
      at,
    );
    return copy;
  }
  if (kind === 2) return copy.subarray(0, Math.floor(next() * copy.length));
  const at = Math.floor(next() * copy.length);
  return Uint8Array.from([...copy.subarray(0, at), ...copy.subarray(at / 2)]);
}

describe('malformed files', () => {
  it('never throws on random bytes, with or without an image signature in front', () => {
    const next = random(1);
    const signatures = [
      [],
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
      [0xff, 0xd8, 0xff],
      Array.from('RIFF\0\0\0\0WEBP', (c) => c.charCodeAt(0)),
    ];
    for (let run = 0; run < 400; run++) {
      const head = signatures[run % signatures.length]!;
      const body = Array.from({ length: Math.floor(next() * 300) }, () => Math.floor(next() * 256));
      const bytes = Uint8Array.from([...head, ...body]);
      expect(() => readSettings(bytes)).not.toThrow();
      const written = writeSettings(bytes, SETTINGS);
      if (written.ok) expect(readSettings(written.bytes)?.settings.prompt).toBe(SETTINGS.prompt);
    }
  });

  it('reads damaged copies of files with settings without throwing or hanging', async () => {
    const next = random(2);
    const files = await Promise.all([pngFixture(), jpegFixture(), webpLossyFixture()]);
    for (const original of files) {
      const result = writeSettings(original, SETTINGS);
      if (!result.ok) throw new Error(result.message);
      for (let run = 0; run < 150; run++) {
        const damaged = damage(result.bytes, next);
        const read = readSettings(damaged);
        // Whatever survives is either nothing or settings with a prompt.
        if (read) expect(typeof read.settings.prompt).toBe('string');
        expect(() => writeSettings(damaged, SETTINGS)).not.toThrow();
      }
    }
  });
});
