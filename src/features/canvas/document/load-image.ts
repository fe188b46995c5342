/** Decodes an image URL (a data URL or a same-origin/CORS address) into something drawable. */
export async function loadImage(src: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.decoding = 'async';
  image.crossOrigin = 'anonymous';
  image.src = src;
  try {
    await image.decode();
  } catch {
    throw new Error('The image could not be read. Is it a PNG, JPEG or WebP?');
  }
  return image;
}

export async function loadImageFile(file: Blob): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(file);
  try {
    return await loadImage(url);
  } finally {
    URL.revokeObjectURL(url);
  }
}

export const imageSize = (image: HTMLImageElement) => ({
  width: image.naturalWidth,
  height: image.naturalHeight,
});
