/** Byte helpers shared by the PNG, JPEG and WebP readers and writers. */

export const readU16BE = (b: Uint8Array, at: number) => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
export const readU32BE = (b: Uint8Array, at: number) =>
  (((b[at] ?? 0) << 24) | ((b[at + 1] ?? 0) << 16) | ((b[at + 2] ?? 0) << 8) | (b[at + 3] ?? 0)) >>>
  0;
export const readU32LE = (b: Uint8Array, at: number) =>
  ((b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) | ((b[at + 2] ?? 0) << 16) | ((b[at + 3] ?? 0) << 24)) >>>
  0;

export function u32BE(value: number): Uint8Array {
  return Uint8Array.of(value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff);
}

export function u32LE(value: number): Uint8Array {
  return Uint8Array.of(value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, value >>> 24);
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export const startsWith = (b: Uint8Array, prefix: readonly number[], at = 0) =>
  prefix.every((value, i) => b[at + i] === value);

export const asciiBytes = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
export const latin1 = (b: Uint8Array) => {
  let text = '';
  for (let i = 0; i < b.length; i += 8192) {
    text += String.fromCharCode(...b.subarray(i, Math.min(b.length, i + 8192)));
  }
  return text;
};

const utf8Decoder = new TextDecoder('utf-8', { fatal: false });
const utf8Encoder = new TextEncoder();
export const utf8 = (b: Uint8Array) => utf8Decoder.decode(b);
export const utf8Bytes = (text: string) => utf8Encoder.encode(text);

/** Index of the first zero byte at or after `from`, or -1. */
export function indexOfZero(b: Uint8Array, from: number, to = b.length): number {
  for (let i = from; i < to; i++) if (b[i] === 0) return i;
  return -1;
}

let crcTable: Uint32Array | null = null;

/** CRC-32 (ISO 3309), as PNG chunks carry it. */
export function crc32(parts: readonly Uint8Array[]): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) crc = crcTable[(crc ^ part[i]!) & 0xff]! ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}
