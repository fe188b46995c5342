import type { Generation } from '../../../../contract/index.ts';
import { JOB_STATUSES, type JobStatus } from '../../../../contract/limits.ts';
import { compileQuery, isEmptyQuery } from '../../../lib/search-text.ts';
import type { HistoryIndexFilters, Orientation } from './history-index/search.ts';

export type GenerationKind = 'image' | 'upscale' | 'motion';
export const GENERATION_KINDS: readonly GenerationKind[] = ['image', 'upscale', 'motion'];

export type DateRange = 'any' | 'day' | 'week' | 'month' | 'year';
export const DATE_RANGES: readonly DateRange[] = ['any', 'day', 'week', 'month', 'year'];
const DAY_MS = 24 * 60 * 60_000;
const RANGE_MS: Record<Exclude<DateRange, 'any'>, number> = {
  day: DAY_MS,
  week: 7 * DAY_MS,
  month: 30 * DAY_MS,
  year: 365 * DAY_MS,
};

/** The model filter's value for generations made with the server's default model. */
export const DEFAULT_MODEL = 'default';
const ORIENTATIONS: readonly Orientation[] = ['portrait', 'landscape', 'square'];

export interface HistoryFilters {
  kind: GenerationKind | 'all';
  status: JobStatus | 'all';
  /** Words to find in the prompt (or negative prompt), any case, in any order. */
  search: string;
  /** 'all', DEFAULT_MODEL, or a model id. */
  model: string;
  /** 'all', an orientation, or an exact size as `<width>x<height>`. */
  size: string;
  date: DateRange;
  favourites: boolean;
}

export const NO_FILTERS: HistoryFilters = {
  kind: 'all',
  status: 'all',
  search: '',
  model: 'all',
  size: 'all',
  date: 'any',
  favourites: false,
};

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

export function isFiltering(filters: HistoryFilters): boolean {
  return (
    filters.kind !== 'all' ||
    filters.status !== 'all' ||
    filters.model !== 'all' ||
    filters.size !== 'all' ||
    filters.date !== 'any' ||
    filters.favourites ||
    !isEmptyQuery(compileQuery(filters.search))
  );
}

/** The filters as the local index takes them; `now` anchors the date range. */
export function toIndexFilters(filters: HistoryFilters, now: number): HistoryIndexFilters {
  const out: HistoryIndexFilters = {};
  if (filters.kind !== 'all') out.kind = filters.kind;
  if (filters.status !== 'all') out.status = filters.status;
  if (filters.model !== 'all') out.modelId = filters.model === DEFAULT_MODEL ? null : filters.model;
  if (filters.size !== 'all') {
    const exact = /^(\d+)x(\d+)$/.exec(filters.size);
    if (exact) out.size = { width: Number(exact[1]), height: Number(exact[2]) };
    else if (ORIENTATIONS.includes(filters.size as Orientation)) {
      out.size = filters.size as Orientation;
    }
  }
  if (filters.date !== 'any') out.from = now - RANGE_MS[filters.date];
  if (filters.favourites) out.favouritesOnly = true;
  return out;
}

/** Filters read back from storage, field by field: anything unknown takes its default. */
export function parseFilters(stored: unknown): HistoryFilters {
  const f =
    typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const text = (value: unknown, fallback: string) =>
    typeof value === 'string' && value.length <= 200 ? value : fallback;
  return {
    kind: GENERATION_KINDS.includes(f.kind as GenerationKind) ? (f.kind as GenerationKind) : 'all',
    status: JOB_STATUSES.includes(f.status as JobStatus) ? (f.status as JobStatus) : 'all',
    search: text(f.search, ''),
    model: text(f.model, 'all'),
    size: text(f.size, 'all'),
    date: DATE_RANGES.includes(f.date as DateRange) ? (f.date as DateRange) : 'any',
    favourites: f.favourites === true,
  };
}
