/** Enough of a data URL to hold any PNG, WebP or ordinary JPEG header (EXIF and all). */
const HEAD_CHARS = 256 * 1024;
const DATA_URL = /^data:image\/[a-z]+;base64,/i;

/**
 * The pixel size of a base64 image data URL, read from its first bytes (PNG, JPEG, WebP),
 * or null when it cannot be told from them. Cheap enough for the event loop: it decides which
 * realtime workers a request goes to before any decoding.
 */
export function dataUrlImageSize(dataUrl: string): { width: number; height: number } | null {
  const prefix = DATA_URL.exec(dataUrl);
  if (!prefix) return null;
  const start = prefix[0].length;
  const chars = Math.min(dataUrl.length - start, HEAD_CHARS) & ~3;
  const bytes = Buffer.from(dataUrl.slice(start, start + chars), 'base64');
  return pngSize(bytes) ?? webpSize(bytes) ?? jpegSize(bytes);
}

function pngSize(b: Buffer) {
  if (
    b.length < 24 ||
    b.readUInt32BE(0) !== 0x89504e47 ||
    b.toString('latin1', 12, 16) !== 'IHDR'
  ) {
    return null;
  }
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

function webpSize(b: Buffer) {
  if (
    b.length < 30 ||
    b.toString('latin1', 0, 4) !== 'RIFF' ||
    b.toString('latin1', 8, 12) !== 'WEBP'
  ) {
    return null;
  }
  const chunk = b.toString('latin1', 12, 16);
  if (chunk === 'VP8 ')
    return { width: b.readUInt16LE(26) & 0x3fff, height: b.readUInt16LE(28) & 0x3fff };
  if (chunk === 'VP8L') {
    const bits = b.readUInt32LE(21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') return { width: b.readUIntLE(24, 3) + 1, height: b.readUIntLE(27, 3) + 1 };
  return null;
}

/** Walks the JPEG markers to the first start-of-frame, which holds the size. */
function jpegSize(b: Buffer) {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return null;
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isFrame) return { width: b.readUInt16BE(at + 7), height: b.readUInt16BE(at + 5) };
    at += 2 + b.readUInt16BE(at + 2);
  }
  return null;
}
