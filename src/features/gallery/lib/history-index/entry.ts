import type { Generation } from '../../../../../contract/index.ts';
import { JOB_STATUSES, type JobStatus } from '../../../../../contract/limits.ts';
import { GENERATION_KINDS, generationKind, type GenerationKind } from '../history-filters.ts';

/**
 * What the local index keeps of one generation: enough to search, filter and draw its tile, not
 * the whole answer (the detail view fetches that). Small, so 10,000 of them load quickly.
 */
export interface IndexedGeneration {
  id: string;
  prompt: string;
  negativePrompt: string | null;
  modelId: string | null;
  width: number;
  height: number;
  /** Epoch milliseconds. */
  createdAt: number;
  status: JobStatus;
  kind: GenerationKind;
  imageCount: number;
  /** The first image, for the tile. */
  imageUrl: string | null;
  imageId: string | null;
  /** The full pass of the list that last saw this generation: older ones are gone from the server. */
  pass: number;
}

export function toIndexEntry(generation: Generation, pass: number): IndexedGeneration {
  const first = generation.generated_images[0];
  const createdAt = Date.parse(generation.createdAt);
  return {
    id: generation.id,
    prompt: generation.prompt,
    negativePrompt: generation.negativePrompt,
    modelId: generation.modelId,
    width: generation.imageWidth,
    height: generation.imageHeight,
    createdAt: Number.isFinite(createdAt) ? createdAt : 0,
    status: generation.status,
    kind: generationKind(generation),
    imageCount: generation.generated_images.length,
    imageUrl: first?.url ?? null,
    imageId: first?.id ?? null,
    pass,
  };
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringOrNull = (v: unknown): v is string | null => v === null || isString(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** A stored entry as it was written, or null when it is not one (an older format, damage). */
export function parseStoredEntry(value: unknown): IndexedGeneration | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const ok =
    isString(v.id) &&
    isString(v.prompt) &&
    isStringOrNull(v.negativePrompt) &&
    isStringOrNull(v.modelId) &&
    isCount(v.width) &&
    isCount(v.height) &&
    typeof v.createdAt === 'number' &&
    Number.isFinite(v.createdAt) &&
    JOB_STATUSES.includes(v.status as JobStatus) &&
    GENERATION_KINDS.includes(v.kind as GenerationKind) &&
    isCount(v.imageCount) &&
    isStringOrNull(v.imageUrl) &&
    isStringOrNull(v.imageId) &&
    isCount(v.pass);
  if (!ok) return null;
  return {
    id: v.id as string,
    prompt: v.prompt as string,
    negativePrompt: v.negativePrompt as string | null,
    modelId: v.modelId as string | null,
    width: v.width as number,
    height: v.height as number,
    createdAt: v.createdAt as number,
    status: v.status as JobStatus,
    kind: v.kind as GenerationKind,
    imageCount: v.imageCount as number,
    imageUrl: v.imageUrl as string | null,
    imageId: v.imageId as string | null,
    pass: v.pass as number,
  };
}

/** Newest first; the id orders generations made in the same millisecond. */
export const newestFirst = (a: IndexedGeneration, b: IndexedGeneration) =>
  b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
