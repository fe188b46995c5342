import { isJpeg } from './jpeg-segments.ts';
import { isPng } from './png-chunks.ts';
import { isWebp } from './webp-chunks.ts';

export type ImageFormat = 'png' | 'jpeg' | 'webp';

/** The format from the file's first bytes, whatever its name or content type says. */
export function detectImageFormat(bytes: Uint8Array): ImageFormat | null {
  if (isPng(bytes)) return 'png';
  if (isJpeg(bytes)) return 'jpeg';
  if (isWebp(bytes)) return 'webp';
  return null;
}
