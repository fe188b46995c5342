import type { Size } from '../../../lib/geometry/points.ts';

/** Images are kept at most this large on their long side: twice the largest frame, for zooming in. */
export const MAX_IMAGE_SIDE = 2048;

export interface DecodedAsset {
  source: ImageBitmap;
  size: Size;
}

/** Decodes an image file off the main thread, scaled down past MAX_IMAGE_SIDE. */
export async function decodeAsset(blob: Blob): Promise<DecodedAsset> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob);
  } catch {
    throw new Error('The image could not be read. Is it a PNG, JPEG or WebP?');
  }
  const scale = Math.min(1, MAX_IMAGE_SIDE / Math.max(bitmap.width, bitmap.height));
  if (scale === 1) return { source: bitmap, size: { width: bitmap.width, height: bitmap.height } };
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const smaller = await createImageBitmap(bitmap, {
    resizeWidth: width,
    resizeHeight: height,
    resizeQuality: 'high',
  });
  bitmap.close();
  return { source: smaller, size: { width, height } };
}

/** A data URL's bytes as a file (the API answers images as data URLs). */
export function dataUrlToBlob(dataUrl: string): Blob {
  const comma = dataUrl.indexOf(',');
  const header = dataUrl.slice(5, comma);
  const type = header.split(';')[0] || 'application/octet-stream';
  const binary = atob(dataUrl.slice(comma + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}
