import type { OutputSize } from './canvas-settings.ts';

export type StagedKind = 'inpaint' | 'outpaint' | 'refine' | 'upscale';

export const STAGED_KINDS: readonly StagedKind[] = ['inpaint', 'outpaint', 'refine', 'upscale'];

/** A result waiting for the user to accept or discard it. */
export interface StagedResult {
  id: string;
  kind: StagedKind;
  /** The result, as the API sent it (a JPEG data URL). */
  imageDataUrl: string;
  /** The canvas image it was made from, for the before/after comparison. */
  beforeDataUrl: string;
  size: { width: number; height: number };
  /** The canvas size when it was made; accepting fits the result into the canvas. */
  canvasSize: OutputSize;
  createdAt: number;
  roundTripMs: number;
  /** Upscales are also saved in History. */
  generationId?: string;
}

/** Staged results are kept in IndexedDB with the sketch; a dozen is plenty to compare. */
export const STAGING_LIMIT = 12;

export const STAGED_LABELS: Record<StagedKind, string> = {
  inpaint: 'Inpainted',
  outpaint: 'Outpainted',
  refine: 'Refined',
  upscale: 'Upscaled',
};

export function addStaged(items: readonly StagedResult[], item: StagedResult): StagedResult[] {
  return [item, ...items.filter((existing) => existing.id !== item.id)].slice(0, STAGING_LIMIT);
}

export function removeStaged(items: readonly StagedResult[], id: string): StagedResult[] {
  return items.filter((item) => item.id !== id);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const isSize = (value: unknown): value is { width: number; height: number } =>
  isObject(value) && typeof value.width === 'number' && typeof value.height === 'number';

/** Keeps only well-formed items from what IndexedDB gave back. */
export function sanitizeStaged(raw: unknown): StagedResult[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter(
      (item): item is StagedResult =>
        isObject(item) &&
        typeof item.id === 'string' &&
        STAGED_KINDS.includes(item.kind as StagedKind) &&
        typeof item.imageDataUrl === 'string' &&
        item.imageDataUrl.startsWith('data:image/') &&
        typeof item.beforeDataUrl === 'string' &&
        isSize(item.size) &&
        isSize(item.canvasSize) &&
        typeof item.createdAt === 'number',
    )
    .slice(0, STAGING_LIMIT);
}

/** A file name for "Download": the kind and the time it was made. */
export function stagedFileName(item: Pick<StagedResult, 'kind' | 'createdAt'>): string {
  const stamp = new Date(item.createdAt).toISOString().replace(/[:]/g, '-').replace(/\..+$/, '');
  return `leonardo-${item.kind}-${stamp}.jpg`;
}
