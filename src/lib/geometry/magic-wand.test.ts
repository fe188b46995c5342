import { describe, expect, it } from 'vitest';
import { selectSimilar } from './magic-wand.ts';

/** An RGBA picture from rows of letters, each letter one colour. */
function picture(rows: string[], colours: Record<string, [number, number, number]>) {
  const width = rows[0]!.length;
  const rgba = new Uint8ClampedArray(width * rows.length * 4);
  rows.forEach((row, y) =>
    [...row].forEach((letter, x) => {
      rgba.set([...colours[letter]!, 255], (y * width + x) * 4);
    }),
  );
  return { rgba, width, height: rows.length };
}

const colours: Record<string, [number, number, number]> = {
  w: [250, 250, 250],
  v: [235, 240, 245],
  r: [200, 30, 30],
};

const selected = (bits: Uint8Array, width: number) =>
  Array.from({ length: bits.length / width }, (_, y) =>
    [...bits.slice(y * width, y * width + width)].map((v) => (v ? '#' : '.')).join(''),
  );

describe('magic wand', () => {
  const { rgba, width, height } = picture(['wwrww', 'wwrvw', 'rrrww', 'wwrww'], colours);

  it('selects the connected region of similar colour, walls stop it', () => {
    const { bits, bounds, count } = selectSimilar(rgba, width, height, { x: 4, y: 0 }, 20);
    expect(selected(bits, width)).toEqual(['...##', '...##', '...##', '...##']);
    expect(bounds).toEqual({ x: 3, y: 0, width: 2, height: 4 });
    expect(count).toBe(8);
  });

  it('leaves out colours beyond the tolerance', () => {
    const { bits } = selectSimilar(rgba, width, height, { x: 4, y: 0 }, 10);
    expect(selected(bits, width)).toEqual(['...##', '....#', '...##', '...##']);
  });

  it('selects every similar pixel when not contiguous', () => {
    const { count, bounds } = selectSimilar(rgba, width, height, { x: 0, y: 0 }, 20, false);
    expect(count).toBe(14);
    expect(bounds).toEqual({ x: 0, y: 0, width: 5, height: 4 });
    expect(selectSimilar(rgba, width, height, { x: 0, y: 0 }, 20).count).toBe(4);
  });

  it('selects nothing outside the picture', () => {
    expect(selectSimilar(rgba, width, height, { x: -1, y: 2 }).bounds).toBeNull();
  });

  it('fills a large region without recursion', () => {
    const big = new Uint8ClampedArray(600 * 600 * 4).fill(255);
    expect(selectSimilar(big, 600, 600, { x: 300, y: 300 }).count).toBe(360_000);
  });
});
