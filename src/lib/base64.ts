/**
 * Base64 of bytes, fast: the browser's own `Uint8Array.prototype.toBase64` where there is one,
 * otherwise two output characters per table lookup into a byte buffer decoded once.
 * (`String.fromCharCode(...chunk)` + `btoa` costs milliseconds per 100 KB: too much for the
 * canvas's exports, several a second while drawing live.)
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
let pairs: Uint16Array | null = null;

/** Every 12-bit value as its two base64 characters, packed little-end first. */
function pairTable(): Uint16Array {
  if (pairs) return pairs;
  pairs = new Uint16Array(4096);
  for (let i = 0; i < 4096; i++) {
    pairs[i] = ALPHABET.charCodeAt(i >> 6) | (ALPHABET.charCodeAt(i & 63) << 8);
  }
  return pairs;
}

const ascii = new TextDecoder('latin1');

export function encodeBase64Bytes(bytes: Uint8Array): string {
  const table = pairTable();
  const whole = bytes.length - (bytes.length % 3);
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  for (let i = 0; i < whole; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    const a = table[n >>> 12]!;
    const b = table[n & 4095]!;
    out[o] = a & 255;
    out[o + 1] = a >>> 8;
    out[o + 2] = b & 255;
    out[o + 3] = b >>> 8;
    o += 4;
  }
  const rest = bytes.length - whole;
  if (rest > 0) {
    const n = (bytes[whole]! << 16) | (rest === 2 ? bytes[whole + 1]! << 8 : 0);
    out[o] = ALPHABET.charCodeAt(n >>> 18);
    out[o + 1] = ALPHABET.charCodeAt((n >>> 12) & 63);
    out[o + 2] = rest === 2 ? ALPHABET.charCodeAt((n >>> 6) & 63) : 61;
    out[o + 3] = 61;
  }
  return ascii.decode(out);
}

interface WithToBase64 {
  toBase64?: () => string;
}

export function bytesToBase64(bytes: Uint8Array): string {
  const native = (bytes as WithToBase64).toBase64;
  return typeof native === 'function' ? native.call(bytes) : encodeBase64Bytes(bytes);
}

export const dataUrl = (type: string, bytes: Uint8Array) =>
  `data:${type};base64,${bytesToBase64(bytes)}`;
