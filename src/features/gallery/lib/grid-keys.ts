/**
 * Where focus moves in the History grid for a key, as an index into the items shown. Arrows move
 * by one item or one row, Home/End go to the ends, Page Up/Down move by `pageRows` rows; moves
 * stop at the edges. Null: the key is not a movement.
 */
export function nextGridIndex(
  key: string,
  index: number,
  columns: number,
  count: number,
  pageRows = 3,
): number | null {
  if (count === 0) return null;
  const last = count - 1;
  const clamp = (value: number) => Math.min(last, Math.max(0, value));
  switch (key) {
    case 'ArrowRight':
      return clamp(index + 1);
    case 'ArrowLeft':
      return clamp(index - 1);
    case 'ArrowDown':
      return index + columns <= last ? index + columns : index;
    case 'ArrowUp':
      return index - columns >= 0 ? index - columns : index;
    case 'PageDown':
      return clamp(index + columns * pageRows);
    case 'PageUp':
      return clamp(index - columns * pageRows);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
