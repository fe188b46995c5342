import type { Generation } from '../../../../contract/index.ts';
import { ImageUnreachable, type FetchedImage } from '../../../lib/fetch-image.ts';
import type { ZipImage } from '../../../lib/zip/generations-zip.ts';

export interface BulkProgress {
  done: number;
  total: number;
}

export interface CollectedImages {
  images: ZipImage[];
  /** Images that could not be fetched (a host refusing CORS, a file gone), with why. */
  missed: Array<{ generationId: string; imageId: string; reason: string }>;
}

/** A ZIP holds this many images at most: past it the browser would hold too much at once. */
export const BULK_IMAGE_LIMIT = 1_000;
const CONCURRENCY = 4;

/**
 * Fetches every image of the chosen generations, a few at a time, for the bulk download's ZIP.
 * An image that cannot be fetched is left out and listed, never the whole download lost.
 */
export async function collectImages(
  generations: readonly Generation[],
  fetchImage: (url: string) => Promise<FetchedImage>,
  onProgress: (progress: BulkProgress) => void = () => {},
): Promise<CollectedImages> {
  const wanted = generations.flatMap((generation) =>
    generation.generated_images.map((image) => ({ generation, image })),
  );
  const slots: Array<ZipImage | null> = new Array<ZipImage | null>(wanted.length).fill(null);
  const missed: CollectedImages['missed'] = [];
  let next = 0;
  let done = 0;
  onProgress({ done, total: wanted.length });
  async function worker() {
    while (next < wanted.length) {
      const at = next++;
      const { generation, image } = wanted[at]!;
      try {
        const fetched = await fetchImage(image.url);
        slots[at] = {
          generation,
          imageId: image.id,
          bytes: fetched.bytes,
          contentType: fetched.contentType,
          url: image.url,
        };
      } catch (error) {
        missed.push({
          generationId: generation.id,
          imageId: image.id,
          reason:
            error instanceof ImageUnreachable
              ? 'its host does not let the studio read it'
              : error instanceof Error
                ? error.message
                : String(error),
        });
      }
      onProgress({ done: ++done, total: wanted.length });
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, wanted.length) }, worker));
  // In the order chosen, whatever order the answers came in.
  return { images: slots.filter((slot): slot is ZipImage => slot !== null), missed };
}

/** `leonardo-studio-2026-05-01-12-30.zip`: the moment of the download. */
export function zipName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `leonardo-studio-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}-${pad(now.getMinutes())}.zip`;
}
