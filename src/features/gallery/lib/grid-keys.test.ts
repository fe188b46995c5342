import { describe, expect, it } from 'vitest';
import { gridLayout, rowCount } from './grid-layout.ts';
import { nextGridIndex } from './grid-keys.ts';

describe('nextGridIndex', () => {
  // 10 items in 4 columns: rows 0–3, 4–7, 8–9.
  const move = (key: string, index: number) => nextGridIndex(key, index, 4, 10);

  it('moves by one item and one row, stopping at the edges', () => {
    expect(move('ArrowRight', 3)).toBe(4);
    expect(move('ArrowRight', 9)).toBe(9);
    expect(move('ArrowLeft', 0)).toBe(0);
    expect(move('ArrowDown', 1)).toBe(5);
    expect(move('ArrowDown', 7)).toBe(7);
    expect(move('ArrowDown', 5)).toBe(9);
    expect(move('ArrowUp', 9)).toBe(5);
    expect(move('ArrowUp', 2)).toBe(2);
  });

  it('jumps to the ends and by pages', () => {
    expect(move('Home', 7)).toBe(0);
    expect(move('End', 1)).toBe(9);
    expect(nextGridIndex('PageDown', 0, 2, 100, 3)).toBe(6);
    expect(nextGridIndex('PageUp', 3, 2, 100, 3)).toBe(0);
  });

  it('ignores other keys and empty grids', () => {
    expect(move('Enter', 1)).toBeNull();
    expect(nextGridIndex('ArrowRight', 0, 4, 0)).toBeNull();
  });
});

describe('gridLayout', () => {
  it('fits as many columns of at least 180 px as the width allows', () => {
    expect(gridLayout(1000)).toEqual({ columns: 5, tileWidth: 190, rowHeight: 230 });
    expect(gridLayout(100).columns).toBe(1);
    expect(gridLayout(0).columns).toBe(1);
    expect(rowCount(10, 4)).toBe(3);
    expect(rowCount(0, 4)).toBe(0);
  });
});
