import { Unzlib } from 'fflate';
import {
  asciiBytes,
  concatBytes,
  crc32,
  indexOfZero,
  latin1,
  readU32BE,
  startsWith,
  u32BE,
  utf8,
  utf8Bytes,
} from './bytes.ts';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Where the studio keeps its settings in a PNG, beside A1111's text and an XMP packet. */
export const PNG_SETTINGS_KEYWORD = 'leonardo-studio';
export const PNG_PARAMETERS_KEYWORD = 'parameters';
export const PNG_XMP_KEYWORD = 'XML:com.adobe.xmp';

export const isPng = (bytes: Uint8Array) => startsWith(bytes, SIGNATURE);

export interface PngChunk {
  type: string;
  data: Uint8Array;
  /** The chunk as it is in the file (length, type, data, CRC), copied unchanged when rewriting. */
  raw: Uint8Array;
}

export interface ParsedPng {
  chunks: PngChunk[];
  /** False when a length ran past the end of the file, or IEND never came. */
  complete: boolean;
}

/** Splits a PNG into its chunks. Never reads past the end: a bad length ends the walk. */
export function parsePng(bytes: Uint8Array): ParsedPng | null {
  if (!isPng(bytes)) return null;
  const chunks: PngChunk[] = [];
  let at = SIGNATURE.length;
  while (at + 12 <= bytes.length) {
    const length = readU32BE(bytes, at);
    const end = at + 12 + length;
    if (length > 0x7fffffff || end > bytes.length) return { chunks, complete: false };
    const type = latin1(bytes.subarray(at + 4, at + 8));
    chunks.push({
      type,
      data: bytes.subarray(at + 8, at + 8 + length),
      raw: bytes.subarray(at, end),
    });
    at = end;
    if (type === 'IEND') return { chunks, complete: true };
  }
  return { chunks, complete: false };
}

export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const typeBytes = asciiBytes(type);
  return concatBytes([u32BE(data.length), typeBytes, data, u32BE(crc32([typeBytes, data]))]);
}

export const PNG_SIGNATURE = Uint8Array.from(SIGNATURE);

/** Text larger than this is not metadata we want: it stops a zlib bomb early. */
const MAX_TEXT_BYTES = 1 << 20;

function inflateBounded(data: Uint8Array): Uint8Array | null {
  const parts: Uint8Array[] = [];
  let size = 0;
  let failed = false;
  const inflater = new Unzlib((chunk) => {
    size += chunk.length;
    if (size > MAX_TEXT_BYTES) failed = true;
    else parts.push(chunk);
  });
  try {
    for (let at = 0; at < data.length && !failed; at += 16_384) {
      const end = Math.min(data.length, at + 16_384);
      inflater.push(data.subarray(at, end), end === data.length);
    }
  } catch {
    return null;
  }
  return failed ? null : concatBytes(parts);
}

export interface PngText {
  keyword: string;
  text: string;
}

/** The keyword and text of a tEXt, zTXt or iTXt chunk (inflated if compressed); null for others. */
export function readPngText(chunk: PngChunk): PngText | null {
  if (chunk.type !== 'tEXt' && chunk.type !== 'zTXt' && chunk.type !== 'iTXt') return null;
  const data = chunk.data;
  const zero = indexOfZero(data, 0, Math.min(data.length, 80));
  if (zero <= 0) return null;
  const keyword = latin1(data.subarray(0, zero));
  if (chunk.type === 'tEXt') return { keyword, text: latin1(data.subarray(zero + 1)) };
  if (chunk.type === 'zTXt') {
    const inflated = data[zero + 1] === 0 ? inflateBounded(data.subarray(zero + 2)) : null;
    return inflated ? { keyword, text: latin1(inflated) } : null;
  }
  const compressed = data[zero + 1] === 1;
  const languageEnd = indexOfZero(data, zero + 3);
  const translatedEnd = languageEnd < 0 ? -1 : indexOfZero(data, languageEnd + 1);
  if (translatedEnd < 0) return null;
  const body = data.subarray(translatedEnd + 1);
  const text = compressed ? (data[zero + 2] === 0 ? inflateBounded(body) : null) : body;
  return text ? { keyword, text: utf8(text) } : null;
}

/** An uncompressed iTXt chunk: UTF-8, so any prompt fits, and readers need no inflater. */
export function iTXtChunk(keyword: string, text: string): Uint8Array {
  return pngChunk(
    'iTXt',
    concatBytes([asciiBytes(keyword), Uint8Array.of(0, 0, 0, 0, 0), utf8Bytes(text)]),
  );
}

/** Every text chunk of a parsed PNG, in file order. */
export function pngTexts(png: ParsedPng): PngText[] {
  return png.chunks.map(readPngText).filter((text): text is PngText => text !== null);
}
