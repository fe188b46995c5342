import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Generation } from '../../../contract/index.ts';
import { createNameAllocator, downloadName } from '../download-name.ts';
import { settingsFromGeneration, writeSettings } from '../image-metadata/index.ts';

/**
 * The bulk download: one ZIP with every chosen image, each with its generation's settings written
 * into it, and `generations.json` with the generations as the API returned them. Loaded only when
 * someone asks for a bulk download (`import()`), so fflate stays out of the first screen.
 */

export const GENERATIONS_JSON = 'generations.json';

export interface ZipImage {
  generation: Generation;
  /** Which of the generation's images this file is. */
  imageId: string;
  bytes: Uint8Array;
  contentType?: string | null;
  url?: string | null;
  /** What the API's answer does not say but the caller may know. */
  modelName?: string | null;
  alchemy?: boolean | null;
}

export interface ZipFileReport {
  name: string;
  generationId: string;
  imageId: string;
  /** False for files settings cannot be written into (a video, a damaged image): stored as they came. */
  settingsWritten: boolean;
}

export interface GenerationsZip {
  bytes: Uint8Array;
  files: ZipFileReport[];
}

// Never put a credential into an export, whatever a caller passes in by mistake.
const SECRET_FIELD = /^(api[-_]?key|authorization|access[-_]?token|bearer|password|secret)$/i;
function stripSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripSecrets);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !SECRET_FIELD.test(key))
      .map(([key, inner]) => [key, stripSecrets(inner)]),
  );
}

const DOS_EPOCH = Date.UTC(1980, 0, 2);
const DOS_END = Date.UTC(2099, 11, 31);

/** ZIP dates run from 1980 to 2099; a generation's own date when it fits, else now. */
function entryDate(createdAt: string, now: Date): Date {
  const time = Date.parse(createdAt);
  return Number.isFinite(time) && time >= DOS_EPOCH && time <= DOS_END ? new Date(time) : now;
}

export function buildGenerationsZip(
  images: readonly ZipImage[],
  options: { now?: Date } = {},
): GenerationsZip {
  const now = options.now ?? new Date();
  const unique = createNameAllocator([GENERATIONS_JSON]);
  const entries: Zippable = {};
  const files: ZipFileReport[] = [];
  const generations = new Map<string, Generation>();

  for (const image of images) {
    const { generation } = image;
    generations.set(generation.id, generation);
    const settings = settingsFromGeneration(generation, {
      imageId: image.imageId,
      modelName: image.modelName ?? null,
      alchemy: image.alchemy ?? null,
    });
    const written = writeSettings(image.bytes, settings);
    const bytes = written.ok ? written.bytes : image.bytes;
    const name = unique(
      downloadName({
        prompt: generation.prompt,
        seed: generation.seed,
        id: image.imageId,
        contentType: image.contentType ?? null,
        url: image.url ?? null,
        bytes,
      }),
    );
    // Images are compressed already: stored, not deflated again.
    entries[name] = [bytes, { level: 0, mtime: entryDate(generation.createdAt, now) }];
    files.push({
      name,
      generationId: generation.id,
      imageId: image.imageId,
      settingsWritten: written.ok,
    });
  }

  const manifest = {
    exportedBy: 'Leonardo Studio',
    exportedAt: now.toISOString(),
    generations: stripSecrets([...generations.values()]),
    files,
  };
  entries[GENERATIONS_JSON] = [
    strToU8(JSON.stringify(manifest, null, 2)),
    { level: 6, mtime: now },
  ];
  return { bytes: zipSync(entries), files };
}
