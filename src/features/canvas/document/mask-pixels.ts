import type { Rect } from '../../../lib/geometry/rect.ts';
import { parseHex } from '../lib/colour.ts';
import { MASK_TINT } from './document-state.ts';

const [R, G, B] = parseHex(MASK_TINT);

/** The mask layer's pixels for `rect` of a coverage buffer `width` wide: the tint, alpha = coverage. */
export function maskPixels(bits: Uint8Array, width: number, rect: Rect): ImageData {
  const image = new ImageData(rect.width, rect.height);
  const out = image.data;
  for (let y = 0; y < rect.height; y++) {
    const row = (rect.y + y) * width + rect.x;
    for (let x = 0, j = y * rect.width * 4; x < rect.width; x++, j += 4) {
      out[j] = R;
      out[j + 1] = G;
      out[j + 2] = B;
      out[j + 3] = bits[row + x]!;
    }
  }
  return image;
}
