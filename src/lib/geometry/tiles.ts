import type { Size } from './points.ts';
import type { Rect } from './rect.ts';

/**
 * A layer is stored as square tiles, so a change writes only the tiles it touched. 128² RGBA is
 * 64 KB: a stroke rewrites a few of them, a 1024² layer is 64.
 */
export const TILE = 128;

export interface Tile {
  /** Column and row in the grid. */
  column: number;
  row: number;
  /** Its pixels in the layer (the last column and row may be narrower). */
  rect: Rect;
}

export function tileGrid(size: Size, tile = TILE) {
  return { columns: Math.ceil(size.width / tile), rows: Math.ceil(size.height / tile) };
}

export function tileAt(column: number, row: number, size: Size, tile = TILE): Tile {
  const x = column * tile;
  const y = row * tile;
  return {
    column,
    row,
    rect: {
      x,
      y,
      width: Math.min(tile, size.width - x),
      height: Math.min(tile, size.height - y),
    },
  };
}

/** The tiles `rect` meets, row by row. */
export function tilesTouching(rect: Rect, size: Size, tile = TILE): Tile[] {
  if (rect.width <= 0 || rect.height <= 0) return [];
  const { columns, rows } = tileGrid(size, tile);
  const c0 = Math.max(0, Math.floor(rect.x / tile));
  const r0 = Math.max(0, Math.floor(rect.y / tile));
  const c1 = Math.min(columns - 1, Math.floor((rect.x + rect.width - 1) / tile));
  const r1 = Math.min(rows - 1, Math.floor((rect.y + rect.height - 1) / tile));
  const tiles: Tile[] = [];
  for (let row = r0; row <= r1; row++) {
    for (let column = c0; column <= c1; column++) tiles.push(tileAt(column, row, size, tile));
  }
  return tiles;
}

/** Every tile of a layer (`size` may be a canvas: its width and height are read, not spread). */
export const allTiles = (size: Size, tile = TILE) =>
  tilesTouching({ x: 0, y: 0, width: size.width, height: size.height }, size, tile);

/** Whether an RGBA patch is fully transparent (such a tile need not be stored). */
export function isTransparent(rgba: Uint8ClampedArray): boolean {
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 0) return false;
  return true;
}
