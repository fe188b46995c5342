import { writeCoverage } from '../../../lib/geometry/mask-raster.ts';
import type { Rect } from '../../../lib/geometry/rect.ts';
import type { Size } from '../../../lib/geometry/points.ts';
import { blockGrid, countBlocks, type CoverageBlocks } from '../lib/coverage-blocks.ts';

/**
 * The mask's coverage, binarised (0 or 255 per pixel), with the count of covered pixels per 8×8
 * block, kept in step with the mask layer from the pixels each change already reads: the export
 * never reads the canvas back, and finds the flat blocks of the mask without looking at a pixel.
 */
export class MaskCoverage implements CoverageBlocks {
  width = 0;
  height = 0;
  bits = new Uint8Array(0);
  blocks = new Uint8Array(0);

  constructor(size: Size) {
    this.allocate(size);
  }

  private allocate({ width, height }: Size): void {
    const { columns, rows } = blockGrid(width, height);
    this.width = width;
    this.height = height;
    this.bits = new Uint8Array(width * height);
    this.blocks = new Uint8Array(columns * rows);
  }

  /** The mask's `rect` became `pixels` (RGBA); returns how many covered pixels it gained. */
  write(rect: Rect, pixels: Uint8ClampedArray): number {
    const delta = writeCoverage(this.bits, this.width, rect, pixels);
    countBlocks(this, rect);
    return delta;
  }

  /** A whole new mask of `size` (resize, undo of a resize, reload); returns its covered pixels. */
  reset(size: Size, pixels: Uint8ClampedArray): number {
    this.allocate(size);
    return this.write({ x: 0, y: 0, ...size }, pixels);
  }
}
