/**
 * The inpainting mask, feathered and handed to the JPEG encoder block by block, with work in
 * proportion to the mask's edge rather than to the image: an 8×8 block whose neighbourhood (the
 * block grown by the blur's reach) is all masked or all clear comes out flat, known from a count
 * of covered pixels per block, without reading a pixel. Only the blocks near an edge are blurred,
 * a block row at a time. The values are exactly those of `featherCoverage` (two rounded box-blur
 * passes, edges clamped) over the whole image.
 */
import { MAX_FEATHER } from '../../../lib/geometry/mask-raster.ts';
import { BLOCK, blockGrid, type CoverageBlocks } from './coverage-blocks.ts';
import type { GrayBlockSource } from './gray-jpeg.ts';

export { BLOCK, blockGrid, countBlocks, type CoverageBlocks } from './coverage-blocks.ts';

/** The box blur's radius for a feather width, as `featherCoverage` takes it. */
export const featherRadius = (feather: number) =>
  Math.round(Math.min(MAX_FEATHER, Math.max(0, feather)) / 2);

/** Averaging by a multiply and a shift, rounded: the same arithmetic as `featherCoverage`. */
const averager = (r: number) => Math.round((1 << 16) / (2 * r + 1));
const average = (sum: number, scale: number) => (sum * scale + 32768) >>> 16;

const EMPTY = 0;
const FULL = 1;
const MIXED = 2;

/**
 * A block source for `encodeGrayJpegBlocks`: the coverage feathered by `feather` pixels, white
 * (repaint) on black. The encoder asks for blocks in raster order; each new block row is blurred
 * once, only across the runs of blocks that are not flat.
 */
export function featheredMaskBlocks(coverage: CoverageBlocks, feather: number): GrayBlockSource {
  const { width, height, bits, blocks } = coverage;
  const r = featherRadius(feather);
  const { columns, rows } = blockGrid(width, height);
  const scale = averager(r);
  // What a wholly covered neighbourhood becomes after both rounded passes.
  const full = average(average(255 * (2 * r + 1), scale) * (2 * r + 1), scale);
  const reach = Math.ceil(r / BLOCK);

  const kinds = new Uint8Array(columns * rows);
  for (let j = 0; j < rows; j++) {
    const pixelsDown = Math.min(BLOCK, height - j * BLOCK);
    for (let i = 0; i < columns; i++) {
      const count = blocks[j * columns + i]!;
      const size = pixelsDown * Math.min(BLOCK, width - i * BLOCK);
      kinds[j * columns + i] = count === 0 ? EMPTY : count === size ? FULL : MIXED;
    }
  }
  /** EMPTY or FULL when every block within reach is that, else MIXED. */
  const neighbourhood = (i: number, j: number) => {
    const first = kinds[j * columns + i]!;
    if (first === MIXED) return MIXED;
    for (let n = Math.max(0, j - reach); n <= Math.min(rows - 1, j + reach); n++) {
      for (let m = Math.max(0, i - reach); m <= Math.min(columns - 1, i + reach); m++) {
        if (kinds[n * columns + m] !== first) return MIXED;
      }
    }
    return first;
  };

  // The current block row: each block's kind and, for mixed ones, the feathered samples.
  const rowKinds = new Uint8Array(columns);
  const strip = new Uint8Array(width * BLOCK);
  const passA = new Uint8Array(width * (BLOCK + 2 * r));
  const sums = new Int32Array(width);
  let stripRow = -1;

  const clampX = (x: number) => (x < 0 ? 0 : x >= width ? width - 1 : x);
  const clampY = (y: number) => (y < 0 ? 0 : y >= height ? height - 1 : y);

  /** Feathers columns [c0, c1) of the rows of block row `j` into `strip`. */
  const blurRun = (j: number, c0: number, c1: number) => {
    const y0 = j * BLOCK;
    const y1 = Math.min(height, y0 + BLOCK);
    if (r === 0) {
      for (let y = y0; y < y1; y++) {
        strip.set(bits.subarray(y * width + c0, y * width + c1), (y - y0) * width + c0);
      }
      return;
    }
    // Rows pass, for every image row the columns pass reads (clamped rows are computed once).
    const top = clampY(y0 - r);
    const bottom = clampY(y1 - 1 + r);
    for (let y = top; y <= bottom; y++) {
      const src = y * width;
      const dst = (y - top) * width;
      let sum = 0;
      for (let k = -r; k <= r; k++) sum += bits[src + clampX(c0 + k)]!;
      for (let x = c0; x < c1; x++) {
        passA[dst + x] = average(sum, scale);
        sum += bits[src + clampX(x + r + 1)]! - bits[src + clampX(x - r)]!;
      }
    }
    // Columns pass, down each column with a running sum.
    const rowOf = (y: number) => (clampY(y) - top) * width;
    for (let x = c0; x < c1; x++) sums[x] = 0;
    for (let k = -r; k <= r; k++) {
      const row = rowOf(y0 + k);
      for (let x = c0; x < c1; x++) sums[x]! += passA[row + x]!;
    }
    for (let y = y0; y < y1; y++) {
      const out = (y - y0) * width;
      const add = rowOf(y + r + 1);
      const sub = rowOf(y - r);
      for (let x = c0; x < c1; x++) {
        const sum = sums[x]!;
        strip[out + x] = average(sum, scale);
        sums[x] = sum + passA[add + x]! - passA[sub + x]!;
      }
    }
  };

  const prepareRow = (j: number) => {
    stripRow = j;
    let runStart = -1;
    for (let i = 0; i <= columns; i++) {
      const kind = i < columns ? neighbourhood(i, j) : EMPTY;
      if (i < columns) rowKinds[i] = kind;
      if (kind === MIXED && runStart < 0) runStart = i;
      if (kind !== MIXED && runStart >= 0) {
        blurRun(j, runStart * BLOCK, Math.min(width, i * BLOCK));
        runStart = -1;
      }
    }
  };

  return (bx, by, block) => {
    const i = bx / BLOCK;
    const j = by / BLOCK;
    if (j !== stripRow) prepareRow(j);
    const kind = rowKinds[i]!;
    if (kind === EMPTY) return 0;
    if (kind === FULL) return full;
    const lastRow = Math.min(height - by, BLOCK) - 1;
    const lastColumn = Math.min(width - bx, BLOCK) - 1;
    for (let y = 0; y < BLOCK; y++) {
      const row = Math.min(y, lastRow) * width + bx;
      for (let x = 0; x < BLOCK; x++) block[y * BLOCK + x] = strip[row + Math.min(x, lastColumn)]!;
    }
    return -1;
  };
}

/** The whole feathered mask, assembled from the blocks (for tests and checks). */
export function renderFeatheredMask(coverage: CoverageBlocks, feather: number): Uint8Array {
  const { width, height } = coverage;
  const source = featheredMaskBlocks(coverage, feather);
  const out = new Uint8Array(width * height);
  const block = new Float32Array(BLOCK * BLOCK);
  for (let by = 0; by < height; by += BLOCK) {
    for (let bx = 0; bx < width; bx += BLOCK) {
      const flat = source(bx, by, block);
      for (let y = by; y < Math.min(height, by + BLOCK); y++) {
        for (let x = bx; x < Math.min(width, bx + BLOCK); x++) {
          out[y * width + x] = flat >= 0 ? flat : block[(y - by) * BLOCK + (x - bx)]!;
        }
      }
    }
  }
  return out;
}
