import { asciiBytes, concatBytes, latin1, utf8 } from './bytes.ts';

/**
 * Just enough of EXIF (a TIFF structure) to read and write the UserComment tag, where A1111 and
 * the tools that follow it keep the generation parameters of a JPEG or WebP.
 */

const TAG_SOFTWARE = 0x0131;
const TAG_EXIF_IFD = 0x8769;
const TAG_USER_COMMENT = 0x9286;
const TYPE_SIZES: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 7: 1, 9: 4, 10: 8 };

/** Written as the Software tag, so the studio knows the EXIF block it may replace is its own. */
export const EXIF_SOFTWARE = 'Leonardo Studio';

interface Tiff {
  bytes: Uint8Array;
  little: boolean;
}

const u16 = (t: Tiff, at: number) =>
  t.little
    ? (t.bytes[at] ?? 0) | ((t.bytes[at + 1] ?? 0) << 8)
    : ((t.bytes[at] ?? 0) << 8) | (t.bytes[at + 1] ?? 0);
const u32 = (t: Tiff, at: number) =>
  t.little
    ? ((t.bytes[at] ?? 0) |
        ((t.bytes[at + 1] ?? 0) << 8) |
        ((t.bytes[at + 2] ?? 0) << 16) |
        ((t.bytes[at + 3] ?? 0) << 24)) >>>
      0
    : (((t.bytes[at] ?? 0) << 24) |
        ((t.bytes[at + 1] ?? 0) << 16) |
        ((t.bytes[at + 2] ?? 0) << 8) |
        (t.bytes[at + 3] ?? 0)) >>>
      0;

function openTiff(bytes: Uint8Array): { tiff: Tiff; ifd0: number } | null {
  if (bytes.length < 8) return null;
  const order = latin1(bytes.subarray(0, 2));
  if (order !== 'II' && order !== 'MM') return null;
  const tiff = { bytes, little: order === 'II' };
  if (u16(tiff, 2) !== 42) return null;
  return { tiff, ifd0: u32(tiff, 4) };
}

/** The value bytes of one tag of the IFD at `offset`, bounds-checked; null when absent or bad. */
function tagValue(t: Tiff, offset: number, tag: number): Uint8Array | null {
  if (offset + 2 > t.bytes.length) return null;
  const count = u16(t, offset);
  for (let i = 0; i < count; i++) {
    const entry = offset + 2 + i * 12;
    if (entry + 12 > t.bytes.length) return null;
    if (u16(t, entry) !== tag) continue;
    const size = (TYPE_SIZES[u16(t, entry + 2)] ?? 0) * u32(t, entry + 4);
    const at = size <= 4 ? entry + 8 : u32(t, entry + 8);
    if (size === 0 || at + size > t.bytes.length) return null;
    return t.bytes.subarray(at, at + size);
  }
  return null;
}

function decodeUtf16(bytes: Uint8Array, little: boolean): string {
  let text = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    text += String.fromCharCode(
      little ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!,
    );
  }
  return text;
}

/**
 * UserComment's first 8 bytes name its character code. "UNICODE" is UTF-16 in an order writers
 * disagree on (piexif, which A1111 uses, writes big-endian whatever the TIFF order): guessed from
 * where the zero bytes of mostly-Latin text fall.
 */
function decodeUserComment(value: Uint8Array, tiffLittle: boolean): string {
  const code = latin1(value.subarray(0, 8)).replace(/\0+$/, '');
  const body = value.subarray(8);
  if (code === 'UNICODE') {
    let evenZeros = 0;
    let oddZeros = 0;
    for (let i = 0; i < body.length; i++) {
      if (body[i] !== 0) continue;
      if (i % 2 === 0) evenZeros++;
      else oddZeros++;
    }
    const little = evenZeros === oddZeros ? tiffLittle : oddZeros > evenZeros;
    return decodeUtf16(body, little)
      .replace(/^\ufeff/, '')
      .replace(/\0+$/, '');
  }
  return utf8(body).replace(/\0+$/, '');
}

export interface ExifFacts {
  userComment: string | null;
  software: string | null;
}

/** Reads a TIFF block (what follows "Exif\0\0" in a JPEG, or a WebP EXIF chunk). */
export function readExif(bytes: Uint8Array): ExifFacts | null {
  const opened = openTiff(bytes);
  if (!opened) return null;
  const { tiff, ifd0 } = opened;
  const software = tagValue(tiff, ifd0, TAG_SOFTWARE);
  const pointer = tagValue(tiff, ifd0, TAG_EXIF_IFD);
  const exifIfd =
    pointer && pointer.length === 4 ? u32({ bytes: pointer, little: tiff.little }, 0) : null;
  const comment = exifIfd === null ? null : tagValue(tiff, exifIfd, TAG_USER_COMMENT);
  return {
    software: software ? latin1(software).replace(/\0+$/, '') : null,
    userComment: comment && comment.length >= 8 ? decodeUserComment(comment, tiff.little) : null,
  };
}

const be16 = (n: number) => Uint8Array.of(n >>> 8, n & 0xff);
const be32 = (n: number) => Uint8Array.of(n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
const entry = (tag: number, type: number, count: number, value: number) =>
  concatBytes([be16(tag), be16(type), be32(count), be32(value)]);

/** A big-endian TIFF block with Software and a UTF-16 UserComment, as piexif writes it. */
export function buildExif(userComment: string): Uint8Array {
  const software = asciiBytes(`${EXIF_SOFTWARE}\0`);
  const softwarePadded = software.length % 2 ? concatBytes([software, Uint8Array.of(0)]) : software;
  const comment = new Uint8Array(8 + userComment.length * 2);
  comment.set(asciiBytes('UNICODE\0'));
  for (let i = 0; i < userComment.length; i++) {
    const code = userComment.charCodeAt(i);
    comment[8 + i * 2] = code >>> 8;
    comment[9 + i * 2] = code & 0xff;
  }
  const ifd0 = 8;
  const exifIfd = ifd0 + 2 + 2 * 12 + 4;
  const softwareAt = exifIfd + 2 + 12 + 4;
  const commentAt = softwareAt + softwarePadded.length;
  return concatBytes([
    asciiBytes('MM'),
    be16(42),
    be32(ifd0),
    be16(2),
    entry(TAG_SOFTWARE, 2, software.length, softwareAt),
    entry(TAG_EXIF_IFD, 4, 1, exifIfd),
    be32(0),
    be16(1),
    entry(TAG_USER_COMMENT, 7, comment.length, commentAt),
    be32(0),
    softwarePadded,
    comment,
  ]);
}
