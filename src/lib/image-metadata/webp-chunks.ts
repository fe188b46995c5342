import { asciiBytes, concatBytes, latin1, readU32LE, startsWith, u32LE } from './bytes.ts';

export const isWebp = (bytes: Uint8Array) =>
  startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && latin1(bytes.subarray(8, 12)) === 'WEBP';

export interface WebpChunk {
  fourcc: string;
  data: Uint8Array;
  /** The chunk with its header and padding byte, copied unchanged when rewriting. */
  raw: Uint8Array;
}

/** Splits a WebP (RIFF) file into chunks; a size that does not fit ends the walk (null: not WebP). */
export function parseWebp(bytes: Uint8Array): { chunks: WebpChunk[]; complete: boolean } | null {
  if (!isWebp(bytes)) return null;
  const chunks: WebpChunk[] = [];
  let at = 12;
  while (at + 8 <= bytes.length) {
    const size = readU32LE(bytes, at + 4);
    const end = at + 8 + size + (size % 2);
    if (at + 8 + size > bytes.length) return { chunks, complete: false };
    chunks.push({
      fourcc: latin1(bytes.subarray(at, at + 4)),
      data: bytes.subarray(at + 8, at + 8 + size),
      raw: bytes.subarray(at, Math.min(end, bytes.length)),
    });
    at = end;
  }
  return { chunks, complete: at === bytes.length };
}

export function webpChunk(fourcc: string, data: Uint8Array): Uint8Array {
  const parts = [asciiBytes(fourcc), u32LE(data.length), data];
  if (data.length % 2) parts.push(Uint8Array.of(0));
  return concatBytes(parts);
}

export const VP8X_EXIF = 0x08;
export const VP8X_XMP = 0x04;
const VP8X_ALPHA = 0x10;

const u24LE = (n: number) => Uint8Array.of(n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff);

/**
 * The VP8X header's payload that a simple (VP8 or VP8L only) file needs before it may carry EXIF
 * or XMP, with the canvas size read from the bitstream's own header. Null when that is unreadable.
 */
export function vp8xPayloadFor(image: WebpChunk): Uint8Array | null {
  const d = image.data;
  let width: number;
  let height: number;
  let alpha = false;
  if (image.fourcc === 'VP8 ' && d.length >= 10 && startsWith(d, [0x9d, 0x01, 0x2a], 3)) {
    width = (d[6]! | (d[7]! << 8)) & 0x3fff;
    height = (d[8]! | (d[9]! << 8)) & 0x3fff;
  } else if (image.fourcc === 'VP8L' && d.length >= 5 && d[0] === 0x2f) {
    const bits = readU32LE(d, 1);
    width = (bits & 0x3fff) + 1;
    height = ((bits >>> 14) & 0x3fff) + 1;
    alpha = ((bits >>> 28) & 1) === 1;
  } else {
    return null;
  }
  if (width === 0 || height === 0) return null;
  return concatBytes([
    Uint8Array.of(alpha ? VP8X_ALPHA : 0, 0, 0, 0),
    u24LE(width - 1),
    u24LE(height - 1),
  ]);
}

/** A VP8X chunk from a payload with extra flag bits set; everything else as it was. */
export function vp8xChunk(payload: Uint8Array, flags: number): Uint8Array {
  const copy = Uint8Array.from(payload);
  copy[0] = (copy[0] ?? 0) | flags;
  return webpChunk('VP8X', copy);
}

export function riffFile(chunks: readonly Uint8Array[]): Uint8Array {
  const body = concatBytes(chunks);
  return concatBytes([asciiBytes('RIFF'), u32LE(body.length + 4), asciiBytes('WEBP'), body]);
}

/** WebP's EXIF chunk is a bare TIFF block, though some writers keep JPEG's "Exif\0\0" prefix. */
export const webpExifTiff = (data: Uint8Array) =>
  latin1(data.subarray(0, 6)) === 'Exif\0\0' ? data.subarray(6) : data;
