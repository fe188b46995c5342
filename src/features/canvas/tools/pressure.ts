import type { PointerSample } from './tool-types.ts';

/** The thinnest a pen line gets at the lightest touch, as a share of the brush size. */
export const MIN_PRESSURE_SHARE = 0.15;

/**
 * Brush width for a sample. Only pens vary with pressure: a mouse reports 0.5 whenever a button is
 * down and touch screens report 0 or 1, neither of which is a real pressure.
 */
export function strokeWidth(size: number, sample: Pick<PointerSample, 'pressure' | 'pointerType'>) {
  if (sample.pointerType !== 'pen') return size;
  const pressure = Math.min(1, Math.max(0, sample.pressure));
  return Math.max(0.5, size * (MIN_PRESSURE_SHARE + (1 - MIN_PRESSURE_SHARE) * pressure));
}
