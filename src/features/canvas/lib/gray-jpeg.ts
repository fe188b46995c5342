/**
 * A baseline JPEG encoder for one-channel (grayscale) images: the inpainting mask. Chromium's own
 * encoder always writes three channels and costs tens of milliseconds at 1024²; a mask is mostly
 * flat 8×8 blocks, which this encoder writes as a DC value and an end-of-block code without a DCT.
 * The structure and tables follow the JPEG standard (ITU T.81, Annex K) as stb_image_write does.
 */

// prettier-ignore
const ZIGZAG = [
  0, 1, 5, 6, 14, 15, 27, 28, 2, 4, 7, 13, 16, 26, 29, 42, 3, 8, 12, 17, 25, 30, 41, 43,
  9, 11, 18, 24, 31, 40, 44, 53, 10, 19, 23, 32, 39, 45, 52, 54, 20, 22, 33, 38, 46, 51, 55, 60,
  21, 34, 37, 47, 50, 56, 59, 61, 35, 36, 48, 49, 57, 58, 62, 63,
];

/** Annex K.1: the luminance quantisation table, in natural order. */
// prettier-ignore
const LUMA_QUANT = [
  16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56,
  14, 17, 22, 29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92,
  49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
];

/** Annex K.3: the luminance Huffman tables (code counts per length 1–16, then the symbols). */
const DC_COUNTS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
const DC_SYMBOLS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const AC_COUNTS = [0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7d];
// prettier-ignore
const AC_SYMBOLS = [
  0x01, 0x02, 0x03, 0x00, 0x04, 0x11, 0x05, 0x12, 0x21, 0x31, 0x41, 0x06, 0x13, 0x51, 0x61, 0x07,
  0x22, 0x71, 0x14, 0x32, 0x81, 0x91, 0xa1, 0x08, 0x23, 0x42, 0xb1, 0xc1, 0x15, 0x52, 0xd1, 0xf0,
  0x24, 0x33, 0x62, 0x72, 0x82, 0x09, 0x0a, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x25, 0x26, 0x27, 0x28,
  0x29, 0x2a, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3a, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49,
  0x4a, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5a, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69,
  0x6a, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89,
  0x8a, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7,
  0xa8, 0xa9, 0xaa, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xc2, 0xc3, 0xc4, 0xc5,
  0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8, 0xd9, 0xda, 0xe1, 0xe2,
  0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8,
  0xf9, 0xfa,
];

/** AAN DCT scale factors (times √8). */
const AAN = [1, 1.387039845, 1.306562965, 1.175875602, 1, 0.785694958, 0.5411961, 0.275899379].map(
  (f) => f * 2.828427125,
);

/** Canonical Huffman codes by symbol: [code, length]. */
function huffmanCodes(counts: number[], symbols: number[]): Array<[number, number]> {
  const codes: Array<[number, number]> = [];
  let code = 0;
  let k = 0;
  for (let length = 1; length <= 16; length++) {
    for (let i = 0; i < counts[length - 1]!; i++) codes[symbols[k++]!] = [code++, length];
    code <<= 1;
  }
  return codes;
}

const DC_CODES = huffmanCodes(DC_COUNTS, DC_SYMBOLS);
const AC_CODES = huffmanCodes(AC_COUNTS, AC_SYMBOLS);

/**
 * Growable byte output with JPEG's bit packing (a 0xFF data byte is followed by a 0x00). One
 * buffer serves every encode: fresh memory is slow to touch the first time, so it is kept.
 */
class ByteWriter {
  private bytes = new Uint8Array(1 << 16);
  length = 0;
  private bitBuffer = 0;
  private bitCount = 0;

  reset(): this {
    this.length = 0;
    this.bitBuffer = 0;
    this.bitCount = 0;
    return this;
  }

  byte(value: number): void {
    if (this.length === this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.bytes[this.length++] = value;
  }

  bytesOf(values: ArrayLike<number>): void {
    for (let i = 0; i < values.length; i++) this.byte(values[i]!);
  }

  word(value: number): void {
    this.byte((value >> 8) & 0xff);
    this.byte(value & 0xff);
  }

  bits(code: number, length: number): void {
    this.bitCount += length;
    this.bitBuffer |= code << (24 - this.bitCount);
    while (this.bitCount >= 8) {
      const c = (this.bitBuffer >> 16) & 0xff;
      this.byte(c);
      if (c === 0xff) this.byte(0);
      this.bitBuffer = (this.bitBuffer << 8) & 0xffffff;
      this.bitCount -= 8;
    }
  }

  /** Pads the last byte with ones, as the standard asks. */
  flushBits(): void {
    if (this.bitCount > 0) this.bits(0x7f, 7);
    this.bitBuffer = 0;
    this.bitCount = 0;
  }

  result(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

const writer = new ByteWriter();

/** The magnitude category of a coefficient: how many bits its magnitude needs. */
function categoryOf(value: number): number {
  return 32 - Math.clz32(value < 0 ? -value : value);
}

/** A coefficient's extra bits for its category (one's complement when negative). */
const extraBits = (value: number, size: number) =>
  (value < 0 ? value - 1 : value) & ((1 << size) - 1);

/** One AAN forward DCT of 8 values, `stride` apart, in place. */
function dct8(d: Float32Array, o: number, s: number): void {
  const d0 = d[o]!,
    d1 = d[o + s]!,
    d2 = d[o + 2 * s]!,
    d3 = d[o + 3 * s]!;
  const d4 = d[o + 4 * s]!,
    d5 = d[o + 5 * s]!,
    d6 = d[o + 6 * s]!,
    d7 = d[o + 7 * s]!;
  const t0 = d0 + d7,
    t7 = d0 - d7,
    t1 = d1 + d6,
    t6 = d1 - d6;
  const t2 = d2 + d5,
    t5 = d2 - d5,
    t3 = d3 + d4,
    t4 = d3 - d4;
  let t10 = t0 + t3;
  const t13 = t0 - t3;
  let t11 = t1 + t2;
  let t12 = t1 - t2;
  d[o] = t10 + t11;
  d[o + 4 * s] = t10 - t11;
  const z1 = (t12 + t13) * 0.707106781;
  d[o + 2 * s] = t13 + z1;
  d[o + 6 * s] = t13 - z1;
  t10 = t4 + t5;
  t11 = t5 + t6;
  t12 = t6 + t7;
  const z5 = (t10 - t12) * 0.382683433;
  const z2 = t10 * 0.5411961 + z5;
  const z4 = t12 * 1.306562965 + z5;
  const z3 = t11 * 0.707106781;
  const z11 = t7 + z3;
  const z13 = t7 - z3;
  d[o + 5 * s] = z13 + z2;
  d[o + 3 * s] = z13 - z2;
  d[o + s] = z11 + z4;
  d[o + 7 * s] = z11 - z4;
}

/** The quantisation table for a quality of 1–100 (libjpeg's scaling), in zigzag order. */
export function quantTable(quality: number): Uint8Array {
  const q = Math.min(100, Math.max(1, Math.round(quality)));
  const scale = q < 50 ? 5000 / q : 200 - q * 2;
  const table = new Uint8Array(64);
  for (let i = 0; i < 64; i++) {
    table[ZIGZAG[i]!] = Math.min(255, Math.max(1, Math.floor((LUMA_QUANT[i]! * scale + 50) / 100)));
  }
  return table;
}

/**
 * Gives the encoder one 8×8 block at a time, named by its top-left pixel, in raster order of
 * blocks (left to right, then top to bottom). It either returns a value from 0 to 255 when every sample of the block is that value
 * (the encoder then needs no DCT), or fills `block` with the 64 samples row by row and returns -1.
 * Samples past the image's right or bottom edge repeat the last column or row.
 */
export type GrayBlockSource = (bx: number, by: number, block: Float32Array) => number;

/** Encodes 8-bit gray samples (`width × height`, row by row) as a baseline JPEG file. */
export function encodeGrayJpeg(
  gray: Uint8Array,
  width: number,
  height: number,
  quality = 92,
): Uint8Array {
  if (gray.length !== width * height) {
    throw new RangeError(`Cannot encode ${gray.length} samples as ${width}×${height}.`);
  }
  return encodeGrayJpegBlocks(width, height, grayBlocks(gray, width, height), quality);
}

/** Blocks read from a whole gray image; flat ones are found as they are read. */
function grayBlocks(gray: Uint8Array, width: number, height: number): GrayBlockSource {
  return (bx, by, block) => {
    let flat = true;
    const first = gray[by * width + bx]!;
    const inside = bx + 8 <= width && by + 8 <= height;
    for (let y = 0; y < 8; y++) {
      const row = (inside ? by + y : Math.min(by + y, height - 1)) * width;
      for (let x = 0; x < 8; x++) {
        const v = gray[row + (inside ? bx + x : Math.min(bx + x, width - 1))]!;
        if (v !== first) flat = false;
        block[y * 8 + x] = v;
      }
    }
    return flat ? first : -1;
  };
}

/** Encodes a gray image given block by block (see GrayBlockSource) as a baseline JPEG file. */
export function encodeGrayJpegBlocks(
  width: number,
  height: number,
  source: GrayBlockSource,
  quality = 92,
): Uint8Array {
  if (width < 1 || height < 1 || width > 65535 || height > 65535) {
    throw new RangeError(`Cannot encode an image of ${width}×${height}.`);
  }
  const table = quantTable(quality);
  const divisors = new Float32Array(64);
  for (let row = 0, k = 0; row < 8; row++) {
    for (let col = 0; col < 8; col++, k++)
      divisors[k] = 1 / (table[ZIGZAG[k]!]! * AAN[row]! * AAN[col]!);
  }
  const out = writer.reset();
  // SOI, APP0 (JFIF 1.1, no thumbnail), DQT, SOF0 (one component), DHT (DC and AC), SOS.
  out.bytesOf([
    0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
  ]);
  out.bytesOf([0xff, 0xdb, 0, 67, 0]);
  out.bytesOf(table);
  out.bytesOf([0xff, 0xc0, 0, 11, 8]);
  out.word(height);
  out.word(width);
  out.bytesOf([1, 1, 0x11, 0]);
  out.bytesOf([0xff, 0xc4]);
  out.word(2 + 1 + 16 + DC_SYMBOLS.length + 1 + 16 + AC_SYMBOLS.length);
  out.byte(0x00);
  out.bytesOf(DC_COUNTS);
  out.bytesOf(DC_SYMBOLS);
  out.byte(0x10);
  out.bytesOf(AC_COUNTS);
  out.bytesOf(AC_SYMBOLS);
  out.bytesOf([0xff, 0xda, 0, 8, 1, 1, 0, 0, 63, 0]);

  const block = new Float32Array(64);
  const coefficients = new Int32Array(64);
  const [eobCode, eobLength] = AC_CODES[0x00]!;
  const [zrlCode, zrlLength] = AC_CODES[0xf0]!;
  let previousDc = 0;
  for (let by = 0; by < height; by += 8) {
    for (let bx = 0; bx < width; bx += 8) {
      const flat = source(bx, by, block);
      let last = 0;
      if (flat >= 0) {
        // A flat block's DCT is its DC term alone: 64 × (v − 128) before scaling.
        coefficients[0] = Math.round(64 * (flat - 128) * divisors[0]!);
      } else {
        for (let k = 0; k < 64; k++) block[k]! -= 128;
        for (let r = 0; r < 64; r += 8) dct8(block, r, 1);
        for (let c = 0; c < 8; c++) dct8(block, c, 8);
        for (let k = 0; k < 64; k++) {
          const v = block[k]! * divisors[k]!;
          const z = ZIGZAG[k]!;
          coefficients[z] = v < 0 ? Math.ceil(v - 0.5) : Math.floor(v + 0.5);
        }
        for (let z = 63; z > 0; z--) {
          if (coefficients[z] !== 0) {
            last = z;
            break;
          }
        }
      }
      const dc = coefficients[0]!;
      const diff = dc - previousDc;
      previousDc = dc;
      if (diff === 0) {
        out.bits(DC_CODES[0]![0], DC_CODES[0]![1]);
      } else {
        const size = categoryOf(diff);
        out.bits(DC_CODES[size]![0], DC_CODES[size]![1]);
        out.bits(extraBits(diff, size), size);
      }
      let zeros = 0;
      for (let z = 1; z <= last; z++) {
        const value = coefficients[z]!;
        if (value === 0) {
          zeros++;
          continue;
        }
        while (zeros >= 16) {
          out.bits(zrlCode, zrlLength);
          zeros -= 16;
        }
        const size = categoryOf(value);
        const code = AC_CODES[(zeros << 4) + size]!;
        out.bits(code[0], code[1]);
        out.bits(extraBits(value, size), size);
        zeros = 0;
      }
      if (last !== 63) out.bits(eobCode, eobLength);
    }
  }
  out.flushBits();
  out.bytesOf([0xff, 0xd9]);
  return out.result();
}
