import { concatBytes, utf8, utf8Bytes } from './bytes.ts';
import { EXIF_SOFTWARE, buildExif, readExif } from './exif-user-comment.ts';
import {
  APP0,
  COM,
  EXIF_APP1_ID,
  MAX_SEGMENT_PAYLOAD,
  SOI,
  XMP_APP1_ID,
  isExifSegment,
  isXmpSegment,
  jpegSegment,
  parseJpeg,
  APP1,
  type JpegSegment,
} from './jpeg-segments.ts';
import {
  PNG_PARAMETERS_KEYWORD,
  PNG_SETTINGS_KEYWORD,
  PNG_SIGNATURE,
  iTXtChunk,
  parsePng,
  readPngText,
} from './png-chunks.ts';
import { parseA1111Parameters, toA1111Parameters } from './a1111.ts';
import type { GenerationSettings } from './settings.ts';
import {
  VP8X_EXIF,
  VP8X_XMP,
  parseWebp,
  riffFile,
  vp8xChunk,
  vp8xPayloadFor,
  webpExifTiff,
  webpChunk,
  type WebpChunk,
} from './webp-chunks.ts';
import { buildXmp, isOwnXmp, mergeIntoXmp } from './xmp.ts';
import { detectImageFormat, type ImageFormat } from './format.ts';

export type WriteFailure = 'unsupported-format' | 'malformed' | 'too-large';

export type WriteResult =
  | { ok: true; bytes: Uint8Array; format: ImageFormat }
  | { ok: false; reason: WriteFailure; message: string };

const failure = (reason: WriteFailure, message: string): WriteResult => ({
  ok: false,
  reason,
  message,
});

function writePng(bytes: Uint8Array, settings: GenerationSettings): WriteResult {
  const png = parsePng(bytes);
  if (!png?.complete || png.chunks[0]?.type !== 'IHDR') {
    return failure('malformed', 'This PNG file is damaged: its settings cannot be written.');
  }
  // Settings written earlier (a file downloaded twice) are replaced, not repeated.
  const replaced = new Set([PNG_SETTINGS_KEYWORD, PNG_PARAMETERS_KEYWORD]);
  const kept = png.chunks.slice(1).filter((chunk) => {
    const text = readPngText(chunk);
    return !(text && replaced.has(text.keyword));
  });
  return {
    ok: true,
    format: 'png',
    bytes: concatBytes([
      PNG_SIGNATURE,
      png.chunks[0].raw,
      // Before the image data, where readers that stop at IDAT (A1111's among them) look.
      iTXtChunk(PNG_SETTINGS_KEYWORD, JSON.stringify(settings)),
      iTXtChunk(PNG_PARAMETERS_KEYWORD, toA1111Parameters(settings)),
      ...kept.map((chunk) => chunk.raw),
    ]),
  };
}

const segmentText = (s: JpegSegment, skip: number) => utf8(s.data.subarray(skip));
const isOwnExif = (data: Uint8Array) => readExif(data)?.software === EXIF_SOFTWARE;

function writeJpeg(bytes: Uint8Array, settings: GenerationSettings): WriteResult {
  const jpeg = parseJpeg(bytes);
  if (!jpeg?.scan) {
    return failure('malformed', 'This JPEG file is damaged: its settings cannot be written.');
  }
  const parameters = toA1111Parameters(settings);
  const segments = jpeg.segments.filter((s) => {
    if (isXmpSegment(s)) return !isOwnXmp(segmentText(s, XMP_APP1_ID.length));
    if (isExifSegment(s)) return !isOwnExif(s.data.subarray(EXIF_APP1_ID.length));
    if (s.marker === COM) {
      return parseA1111Parameters(utf8(s.data), { requireParameterLine: true }) === null;
    }
    return true;
  });
  const foreignXmp = segments.findIndex(isXmpSegment);
  let xmpSegment: Uint8Array | null = null;
  if (foreignXmp >= 0) {
    const merged = mergeIntoXmp(segmentText(segments[foreignXmp]!, XMP_APP1_ID.length), settings);
    const payload = merged === null ? null : concatBytes([XMP_APP1_ID, utf8Bytes(merged)]);
    if (payload && payload.length <= MAX_SEGMENT_PAYLOAD) {
      segments[foreignXmp] = { marker: APP1, data: payload, raw: jpegSegment(APP1, payload) };
    }
  } else {
    const payload = concatBytes([XMP_APP1_ID, utf8Bytes(buildXmp(settings))]);
    if (payload.length > MAX_SEGMENT_PAYLOAD) {
      return failure('too-large', 'These settings are too long to fit in a JPEG file.');
    }
    xmpSegment = jpegSegment(APP1, payload);
  }
  const added: Uint8Array[] = [];
  // EXIF only where there is none: another tool's EXIF (camera data) is never replaced.
  if (!segments.some(isExifSegment)) {
    const exif = concatBytes([EXIF_APP1_ID, buildExif(parameters)]);
    if (exif.length <= MAX_SEGMENT_PAYLOAD) added.push(jpegSegment(APP1, exif));
  }
  if (xmpSegment) added.push(xmpSegment);
  const comment = utf8Bytes(parameters);
  if (comment.length <= MAX_SEGMENT_PAYLOAD) added.push(jpegSegment(COM, comment));
  // After JFIF (APP0) and EXIF, which readers expect first.
  let insertAt = 0;
  while (
    insertAt < segments.length &&
    (segments[insertAt]!.marker === APP0 || isExifSegment(segments[insertAt]!))
  ) {
    insertAt++;
  }
  return {
    ok: true,
    format: 'jpeg',
    bytes: concatBytes([
      SOI,
      ...segments.slice(0, insertAt).map((s) => s.raw),
      ...added,
      ...segments.slice(insertAt).map((s) => s.raw),
      jpeg.scan,
    ]),
  };
}

function writeWebp(bytes: Uint8Array, settings: GenerationSettings): WriteResult {
  const webp = parseWebp(bytes);
  const damaged = failure(
    'malformed',
    'This WebP file is damaged: its settings cannot be written.',
  );
  if (!webp?.complete || webp.chunks.length === 0) return damaged;
  const chunks = webp.chunks.filter(
    (c) =>
      !(c.fourcc === 'XMP ' && isOwnXmp(utf8(c.data))) &&
      !(c.fourcc === 'EXIF' && isOwnExif(webpExifTiff(c.data))),
  );
  const first = chunks[0]!;
  const extended = first.fourcc === 'VP8X';
  const header = extended ? first.data : vp8xPayloadFor(first);
  if (!header || header.length < 10) return damaged;
  const rest: WebpChunk[] = extended ? chunks.slice(1) : chunks;
  const out: Uint8Array[] = rest.map((c) => {
    if (c.fourcc !== 'XMP ') return c.raw;
    const merged = mergeIntoXmp(utf8(c.data), settings);
    return merged === null ? c.raw : webpChunk('XMP ', utf8Bytes(merged));
  });
  // EXIF goes before XMP, and both after the image data.
  const xmpAt = rest.findIndex((c) => c.fourcc === 'XMP ');
  const hasExif = rest.some((c) => c.fourcc === 'EXIF');
  const exif = hasExif ? [] : [webpChunk('EXIF', buildExif(toA1111Parameters(settings)))];
  if (xmpAt >= 0) out.splice(xmpAt, 0, ...exif);
  else out.push(...exif, webpChunk('XMP ', utf8Bytes(buildXmp(settings))));
  const vp8x = vp8xChunk(header, VP8X_XMP | VP8X_EXIF);
  return { ok: true, format: 'webp', bytes: riffFile([vp8x, ...out]) };
}

/**
 * The same image with the settings written into it: for PNG, iTXt chunks (the studio's JSON and
 * an A1111 `parameters` text); for JPEG, an XMP packet, an EXIF UserComment (only where the file
 * has no EXIF of its own) and a COM segment; for WebP, XMP and EXIF chunks. The compressed pixels
 * are copied byte for byte, never decoded; other metadata is kept.
 */
export function writeSettings(bytes: Uint8Array, settings: GenerationSettings): WriteResult {
  const format = detectImageFormat(bytes);
  try {
    if (format === 'png') return writePng(bytes, settings);
    if (format === 'jpeg') return writeJpeg(bytes, settings);
    if (format === 'webp') return writeWebp(bytes, settings);
  } catch {
    return failure('malformed', 'This file is damaged: its settings cannot be written.');
  }
  return failure(
    'unsupported-format',
    'Settings can be written into PNG, JPEG and WebP files only.',
  );
}
