import sharp from 'sharp';
import { ImageInputError } from './types.ts';
import type { RgbImage } from './types.ts';

/** Larger images would make every pixel pass too slow and memory-hungry for an interactive engine. */
export const MAX_SIDE = 4096;

const DATA_URL = /^data:image\/(jpeg|jpg|png|webp);base64,/i;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp']);

export async function decodeDataUrl(dataUrl: string, field: string): Promise<RgbImage> {
  const prefix = DATA_URL.exec(dataUrl);
  if (!prefix) {
    throw new ImageInputError(`${field} is not a valid base64 image data URL`);
  }
  const payload = dataUrl.slice(prefix[0].length);
  if (payload.length === 0 || payload.length % 4 === 1 || !BASE64.test(payload)) {
    throw new ImageInputError(`${field} is not a valid base64 image data URL`);
  }
  return decodeBytes(Buffer.from(payload, 'base64'), field);
}

export async function decodeImageFile(bytes: Uint8Array): Promise<RgbImage> {
  return decodeBytes(bytes, 'the image file');
}

async function decodeBytes(bytes: Uint8Array, field: string): Promise<RgbImage> {
  let format: string | undefined;
  let width = 0;
  let height = 0;
  try {
    const meta = await sharp(bytes).metadata();
    format = meta.format;
    width = meta.width;
    height = meta.height;
  } catch {
    throw new ImageInputError(`${field} does not contain a decodable image`);
  }
  // sharp also reads SVG, TIFF, GIF…; the API only promises JPEG, PNG and WebP, and SVG would
  // let callers make the engine rasterise arbitrary vector documents.
  if (!format || !ACCEPTED_FORMATS.has(format)) {
    throw new ImageInputError(`${field} must be a JPEG, PNG or WebP image`);
  }
  if (width > MAX_SIDE || height > MAX_SIDE) {
    throw new ImageInputError(
      `${field} is ${width}x${height}; images may be at most ${MAX_SIDE} pixels on a side`,
    );
  }
  try {
    const { data, info } = await sharp(bytes)
      .autoOrient()
      // A transparent sketch is drawn on white paper, so transparency reads as white.
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 3) throw new Error(`unexpected channel count ${info.channels}`);
    return {
      data: new Uint8Array(data.buffer, data.byteOffset, data.length),
      width: info.width,
      height: info.height,
    };
  } catch {
    throw new ImageInputError(`${field} does not contain a decodable image`);
  }
}

function rawInput(img: RgbImage) {
  return sharp(img.data, { raw: { width: img.width, height: img.height, channels: 3 } });
}

export async function encodeJpeg(img: RgbImage, quality = 90): Promise<Buffer> {
  return rawInput(img).jpeg({ quality, chromaSubsampling: '4:2:0' }).toBuffer();
}

export async function encodePng(img: RgbImage): Promise<Buffer> {
  return rawInput(img).png({ compressionLevel: 6 }).toBuffer();
}

export function jpegDataUrl(jpeg: Uint8Array): string {
  return `data:image/jpeg;base64,${Buffer.from(jpeg.buffer, jpeg.byteOffset, jpeg.length).toString('base64')}`;
}

/** Lanczos resampling to an exact size (aspect ratio is not preserved: callers ask for a canvas). */
export async function resizeRgb(img: RgbImage, width: number, height: number): Promise<RgbImage> {
  if (img.width === width && img.height === height) return { ...img, data: img.data.slice() };
  const data = await rawInput(img)
    .resize(width, height, { fit: 'fill', kernel: 'lanczos3' })
    .raw()
    .toBuffer();
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.length), width, height };
}
