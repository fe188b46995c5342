/** The mask's coverage kept per 8×8 block, which the feathered export reads instead of pixels. */
export const BLOCK = 8;

/** A binarised mask (0 or 255 per pixel) and the count of covered pixels in each 8×8 block. */
export interface CoverageBlocks {
  width: number;
  height: number;
  bits: Uint8Array;
  /** `ceil(width / 8) × ceil(height / 8)` counts, row by row of blocks. */
  blocks: Uint8Array;
}

export const blockGrid = (width: number, height: number) => ({
  columns: Math.ceil(width / BLOCK),
  rows: Math.ceil(height / BLOCK),
});

/** Recounts the covered pixels of every block that meets `rect` (after its bits changed). */
export function countBlocks(
  coverage: CoverageBlocks,
  rect: { x: number; y: number; width: number; height: number },
): void {
  const { width, height, bits, blocks } = coverage;
  if (rect.width <= 0 || rect.height <= 0) return;
  const { columns } = blockGrid(width, height);
  const i0 = Math.floor(rect.x / BLOCK);
  const j0 = Math.floor(rect.y / BLOCK);
  const i1 = Math.floor((Math.min(width, rect.x + rect.width) - 1) / BLOCK);
  const j1 = Math.floor((Math.min(height, rect.y + rect.height) - 1) / BLOCK);
  for (let j = j0; j <= j1; j++) {
    const y1 = Math.min(height, (j + 1) * BLOCK);
    for (let i = i0; i <= i1; i++) {
      const x0 = i * BLOCK;
      const x1 = Math.min(width, x0 + BLOCK);
      let count = 0;
      for (let y = j * BLOCK; y < y1; y++) {
        for (let p = y * width + x0, end = y * width + x1; p < end; p++) if (bits[p]) count++;
      }
      blocks[j * columns + i] = count;
    }
  }
}
