import { asciiBytes, concatBytes, readU16BE, startsWith } from './bytes.ts';

export const SOI = Uint8Array.of(0xff, 0xd8);
export const APP0 = 0xe0;
export const APP1 = 0xe1;
export const COM = 0xfe;
const SOS = 0xda;
const EOI = 0xd9;

export const isJpeg = (bytes: Uint8Array) => startsWith(bytes, [0xff, 0xd8, 0xff]);

export interface JpegSegment {
  marker: number;
  /** What follows the length field. */
  data: Uint8Array;
  /** The segment as it is in the file, copied unchanged when rewriting. */
  raw: Uint8Array;
}

export interface ParsedJpeg {
  /** The marker segments before the first scan. */
  segments: JpegSegment[];
  /** From the first SOS marker to the end of the file: the compressed pixels, never touched. */
  scan: Uint8Array | null;
}

const standalone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);

/**
 * Splits a JPEG into the segments before its first scan and the rest. Every step moves forward
 * and never past the end; a length that does not fit leaves `scan` null.
 */
export function parseJpeg(bytes: Uint8Array): ParsedJpeg | null {
  if (!isJpeg(bytes)) return null;
  const segments: JpegSegment[] = [];
  let at = 2;
  while (at + 1 < bytes.length) {
    if (bytes[at] !== 0xff) break;
    // Fill bytes: any number of 0xFF may precede a marker.
    if (bytes[at + 1] === 0xff) {
      at += 1;
      continue;
    }
    const marker = bytes[at + 1]!;
    if (marker === SOS) return { segments, scan: bytes.subarray(at) };
    if (marker === EOI) break;
    if (standalone(marker)) {
      segments.push({ marker, data: new Uint8Array(0), raw: bytes.subarray(at, at + 2) });
      at += 2;
      continue;
    }
    const length = readU16BE(bytes, at + 2);
    const end = at + 2 + length;
    if (length < 2 || end > bytes.length) break;
    segments.push({ marker, data: bytes.subarray(at + 4, end), raw: bytes.subarray(at, end) });
    at = end;
  }
  return { segments, scan: null };
}

/** Largest payload a marker segment can carry (its 16-bit length counts itself). */
export const MAX_SEGMENT_PAYLOAD = 0xffff - 2;

export function jpegSegment(marker: number, payload: Uint8Array): Uint8Array {
  if (payload.length > MAX_SEGMENT_PAYLOAD) throw new RangeError('JPEG segment too large');
  const length = payload.length + 2;
  return concatBytes([Uint8Array.of(0xff, marker, length >>> 8, length & 0xff), payload]);
}

export const XMP_APP1_ID = asciiBytes('http://ns.adobe.com/xap/1.0/\0');
export const EXIF_APP1_ID = asciiBytes('Exif\0\0');

export const isXmpSegment = (s: JpegSegment) =>
  s.marker === APP1 && startsWith(s.data, Array.from(XMP_APP1_ID));
export const isExifSegment = (s: JpegSegment) =>
  s.marker === APP1 && startsWith(s.data, Array.from(EXIF_APP1_ID));
