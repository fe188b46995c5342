import type { Generation } from '../../../../contract/index.ts';
import { generationKind } from './history-filters.ts';

/** What a tile says besides its prompt: "2 images · 256×256", "Generating…", "Failed". */
export function tileCaption(generation: Generation): string {
  if (generation.status === 'PENDING') return 'Generating…';
  if (generation.status === 'FAILED') return 'Failed';
  const count = generation.generated_images.length;
  const kind = generationKind(generation);
  const what = kind === 'image' ? `${count} image${count === 1 ? '' : 's'}` : kind;
  return `${what} · ${generation.imageWidth}×${generation.imageHeight}`;
}

/** The tile's accessible name: the prompt, then what it is or its state. */
export function tileLabel(generation: Generation): string {
  const state =
    generation.status === 'PENDING'
      ? 'generating'
      : generation.status === 'FAILED'
        ? 'failed'
        : tileCaption(generation);
  return `${generation.prompt} (${state})`;
}
