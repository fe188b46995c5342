import { describe, expect, it } from 'vitest';
import { allTiles, isTransparent, tileGrid, tilesTouching } from './tiles.ts';

describe('layer tiles', () => {
  const size = { width: 640, height: 512 };

  it('covers a layer with whole tiles and narrower ones at the edge', () => {
    expect(tileGrid(size)).toEqual({ columns: 5, rows: 4 });
    expect(allTiles(size)).toHaveLength(20);
    // A canvas's size is read through getters, which spreading an object would miss.
    const canvas = document.createElement('canvas');
    canvas.width = 256;
    canvas.height = 128;
    expect(allTiles(canvas)).toHaveLength(2);
    expect(
      tilesTouching({ x: 600, y: 500, width: 45, height: 12 }, { width: 650, height: 512 }),
    ).toEqual([
      { column: 4, row: 3, rect: { x: 512, y: 384, width: 128, height: 128 } },
      { column: 5, row: 3, rect: { x: 640, y: 384, width: 10, height: 128 } },
    ]);
  });

  it('names only the tiles a change touches', () => {
    const touched = tilesTouching({ x: 120, y: 10, width: 20, height: 10 }, size);
    expect(touched.map((t) => [t.column, t.row])).toEqual([
      [0, 0],
      [1, 0],
    ]);
    expect(tilesTouching({ x: 0, y: 0, width: 0, height: 5 }, size)).toEqual([]);
    expect(tilesTouching({ x: -50, y: -50, width: 60, height: 60 }, size)).toHaveLength(1);
  });

  it('tells a transparent patch from one with paint', () => {
    const rgba = new Uint8ClampedArray(16);
    expect(isTransparent(rgba)).toBe(true);
    rgba[15] = 1;
    expect(isTransparent(rgba)).toBe(false);
  });
});
