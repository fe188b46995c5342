import { describe, expect, it } from 'vitest';
import { compositeOver, isHexColour, parseHex, toHex } from './colour.ts';

describe('colours', () => {
  it('writes and reads #rrggbb', () => {
    expect(toHex(255, 0, 128)).toBe('#ff0080');
    expect(toHex(300, -4, 0.4)).toBe('#ff0000');
    expect(parseHex('#FF0080')).toEqual([255, 0, 128]);
    expect(parseHex('junk')).toEqual([255, 255, 255]);
    expect(isHexColour('#a0b1c2')).toBe(true);
    expect(isHexColour('red')).toBe(false);
  });

  it('composites a paint pixel over the background', () => {
    expect(compositeOver([0, 0, 0, 255], [255, 255, 255])).toBe('#000000');
    expect(compositeOver([0, 0, 0, 0], [10, 20, 30])).toBe('#0a141e');
    expect(compositeOver([255, 0, 0, 128], [0, 0, 255])).toBe('#80007f');
  });
});
