import { isOwnParametersText, parseA1111Parameters } from './a1111.ts';
import { utf8 } from './bytes.ts';
import { readExif } from './exif-user-comment.ts';
import { detectImageFormat } from './format.ts';
import { parseDream, parseInvokeAiMetadata, parseSdMetadata } from './invokeai.ts';
import {
  COM,
  EXIF_APP1_ID,
  XMP_APP1_ID,
  isExifSegment,
  isXmpSegment,
  parseJpeg,
} from './jpeg-segments.ts';
import {
  PNG_PARAMETERS_KEYWORD,
  PNG_SETTINGS_KEYWORD,
  PNG_XMP_KEYWORD,
  parsePng,
  pngTexts,
} from './png-chunks.ts';
import { validateSettings, type GenerationSettings } from './settings.ts';
import { parseWebp, webpExifTiff } from './webp-chunks.ts';
import { readXmpSettings } from './xmp.ts';

export type SettingsSource = 'leonardo-studio' | 'a1111' | 'invokeai';

export interface ReadSettingsResult {
  source: SettingsSource;
  settings: GenerationSettings;
}

/** What a file holds that may carry settings, whatever its format. */
interface Carriers {
  /** The studio's JSON, straight or in an XMP packet. */
  own: unknown[];
  /** A1111 texts, and whether the place they came from holds only parameters. */
  parameters: Array<{ text: string; dedicated: boolean }>;
  invokeai: Array<{ kind: 'metadata' | 'sd-metadata' | 'dream'; text: string }>;
}

function pngCarriers(bytes: Uint8Array, into: Carriers): void {
  const png = parsePng(bytes);
  if (!png) return;
  for (const { keyword, text } of pngTexts(png)) {
    if (keyword === PNG_SETTINGS_KEYWORD) into.own.push(parseJson(text));
    else if (keyword === PNG_XMP_KEYWORD) into.own.push(readXmpSettings(text));
    else if (keyword === PNG_PARAMETERS_KEYWORD) into.parameters.push({ text, dedicated: true });
    else if (keyword === 'invokeai_metadata') into.invokeai.push({ kind: 'metadata', text });
    else if (keyword === 'sd-metadata') into.invokeai.push({ kind: 'sd-metadata', text });
    else if (keyword === 'Dream') into.invokeai.push({ kind: 'dream', text });
  }
}

function jpegCarriers(bytes: Uint8Array, into: Carriers): void {
  const jpeg = parseJpeg(bytes);
  if (!jpeg) return;
  for (const segment of jpeg.segments) {
    if (isXmpSegment(segment)) {
      into.own.push(readXmpSettings(utf8(segment.data.subarray(XMP_APP1_ID.length))));
    } else if (isExifSegment(segment)) {
      const comment = readExif(segment.data.subarray(EXIF_APP1_ID.length))?.userComment;
      if (comment) into.parameters.push({ text: comment, dedicated: false });
    } else if (segment.marker === COM) {
      into.parameters.push({ text: utf8(segment.data), dedicated: false });
    }
  }
}

function webpCarriers(bytes: Uint8Array, into: Carriers): void {
  for (const chunk of parseWebp(bytes)?.chunks ?? []) {
    if (chunk.fourcc === 'XMP ') into.own.push(readXmpSettings(utf8(chunk.data)));
    if (chunk.fourcc === 'EXIF') {
      const comment = readExif(webpExifTiff(chunk.data))?.userComment;
      if (comment) into.parameters.push({ text: comment, dedicated: false });
    }
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

const INVOKEAI_PARSERS = {
  metadata: parseInvokeAiMetadata,
  'sd-metadata': parseSdMetadata,
  dream: parseDream,
};

/**
 * The generation settings a PNG, JPEG or WebP file carries, or null when it carries none (or is
 * not an image at all). The studio's own settings win, then an A1111 parameters text (PNG
 * `parameters`, EXIF UserComment, a JPEG comment that reads as one), then InvokeAI's metadata.
 * Never throws: a damaged file reads as whatever could be read from it before the damage.
 */
export function readSettings(bytes: Uint8Array): ReadSettingsResult | null {
  try {
    const carriers: Carriers = { own: [], parameters: [], invokeai: [] };
    const format = detectImageFormat(bytes);
    if (format === 'png') pngCarriers(bytes, carriers);
    else if (format === 'jpeg') jpegCarriers(bytes, carriers);
    else if (format === 'webp') webpCarriers(bytes, carriers);
    else return null;

    for (const candidate of carriers.own) {
      const settings = validateSettings(candidate);
      if (settings) return { source: 'leonardo-studio', settings };
    }
    for (const { text, dedicated } of carriers.parameters) {
      const settings = parseA1111Parameters(text, { requireParameterLine: !dedicated });
      if (settings) {
        return { source: isOwnParametersText(text) ? 'leonardo-studio' : 'a1111', settings };
      }
    }
    for (const { kind, text } of carriers.invokeai) {
      const settings = INVOKEAI_PARSERS[kind](text);
      if (settings) return { source: 'invokeai', settings };
    }
    return null;
  } catch {
    return null;
  }
}
