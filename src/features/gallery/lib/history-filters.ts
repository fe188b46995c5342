import type { Generation } from '../../../../contract/index.ts';
import type { JobStatus } from '../../../../contract/limits.ts';

export type GenerationKind = 'image' | 'upscale' | 'motion';
export const GENERATION_KINDS: readonly GenerationKind[] = ['image', 'upscale', 'motion'];

export interface HistoryFilters {
  kind: GenerationKind | 'all';
  status: JobStatus | 'all';
  /** Words to find in the prompt (or negative prompt), any case, in any order. */
  search: string;
}

export const NO_FILTERS: HistoryFilters = { kind: 'all', status: 'all', search: '' };

/**
 * What a generation is, read from its images as Leonardo's own answer allows: a motion video makes
 * it "motion", an UPSCALE variation makes it "upscale", anything else is a plain image generation.
 */
export function generationKind(generation: Generation): GenerationKind {
  const images = generation.generated_images;
  if (images.some((image) => image.motionMP4URL)) return 'motion';
  if (
    images.some((image) =>
      image.generated_image_variation_generics.some((v) => v.transformType === 'UPSCALE'),
    )
  ) {
    return 'upscale';
  }
  return 'image';
}

/** Lower-case words of a search, so "Fox  RED" finds "a red fox". */
export function searchTerms(search: string): string[] {
  return search.toLocaleLowerCase().split(/\s+/).filter(Boolean);
}

export function matchesSearch(generation: Generation, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const text = `${generation.prompt}\n${generation.negativePrompt ?? ''}`.toLocaleLowerCase();
  return terms.every((term) => text.includes(term));
}

export function isFiltering(filters: HistoryFilters): boolean {
  return (
    filters.kind !== 'all' || filters.status !== 'all' || searchTerms(filters.search).length > 0
  );
}

/** The loaded generations that pass the filters, in their order. */
export function filterGenerations(
  generations: readonly Generation[],
  filters: HistoryFilters,
): readonly Generation[] {
  if (!isFiltering(filters)) return generations;
  const terms = searchTerms(filters.search);
  return generations.filter(
    (generation) =>
      (filters.kind === 'all' || generationKind(generation) === filters.kind) &&
      (filters.status === 'all' || generation.status === filters.status) &&
      matchesSearch(generation, terms),
  );
}
