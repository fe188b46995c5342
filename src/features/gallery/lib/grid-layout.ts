export const TILE_MIN_WIDTH = 180;
export const TILE_GAP = 12;
/** Height of the caption under each tile's image. */
export const TILE_CAPTION = 28;

export interface GridLayout {
  columns: number;
  tileWidth: number;
  rowHeight: number;
}

/** As many columns of at least TILE_MIN_WIDTH as fit; square images, a caption, a gap. */
export function gridLayout(containerWidth: number): GridLayout {
  const width = Math.max(0, containerWidth);
  const columns = Math.max(1, Math.floor((width + TILE_GAP) / (TILE_MIN_WIDTH + TILE_GAP)));
  const tileWidth = Math.max(0, Math.floor((width - TILE_GAP * (columns - 1)) / columns));
  return { columns, tileWidth, rowHeight: tileWidth + TILE_CAPTION + TILE_GAP };
}

export const rowCount = (items: number, columns: number) => Math.ceil(items / Math.max(1, columns));
