import type { Generation } from '../../../../contract/index.ts';
import type { JobStatus } from '../../../../contract/limits.ts';
import type { IndexedGeneration } from './history-index/index.ts';
import { generationKind, type GenerationKind } from './history-filters.ts';

export interface TileImage {
  id: string;
  url: string;
  motionMP4URL: string | null;
  nsfw: boolean;
}

/**
 * One generation as History's grid shows it: from the loaded pages (every image, the videos),
 * or from the local index when a search reaches past them (the first image only).
 */
export interface HistoryItem {
  id: string;
  prompt: string;
  status: JobStatus;
  kind: GenerationKind;
  width: number;
  height: number;
  /** Epoch ms. */
  createdAt: number;
  imageCount: number;
  /** Up to four, for the tile. */
  images: readonly TileImage[];
  /** The whole answer, when a loaded page has it. */
  generation: Generation | null;
}

export function itemFromGeneration(generation: Generation): HistoryItem {
  const created = Date.parse(generation.createdAt);
  return {
    id: generation.id,
    prompt: generation.prompt,
    status: generation.status,
    kind: generationKind(generation),
    width: generation.imageWidth,
    height: generation.imageHeight,
    createdAt: Number.isFinite(created) ? created : 0,
    imageCount: generation.generated_images.length,
    images: generation.generated_images.slice(0, 4).map((image) => ({
      id: image.id,
      url: image.url,
      motionMP4URL: image.motionMP4URL,
      nsfw: image.nsfw,
    })),
    generation,
  };
}

export function itemFromIndex(entry: IndexedGeneration): HistoryItem {
  return {
    id: entry.id,
    prompt: entry.prompt,
    status: entry.status,
    kind: entry.kind,
    width: entry.width,
    height: entry.height,
    createdAt: entry.createdAt,
    imageCount: entry.imageCount,
    images:
      entry.imageUrl && entry.imageId
        ? [{ id: entry.imageId, url: entry.imageUrl, motionMP4URL: null, nsfw: false }]
        : [],
    generation: null,
  };
}
