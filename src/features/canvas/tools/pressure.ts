import type { PointerSample } from './tool-types.ts';

/** The thinnest a pen line gets at the lightest touch, as a share of the brush size. */
export const MIN_PRESSURE_SHARE = 0.15;
/** The faintest a pen line gets at the lightest touch, as a share of the brush's opacity. */
export const MIN_PRESSURE_ALPHA = 0.1;

/** What a pen's pressure changes: the brush's width, its opacity, both, or nothing. */
export type PressureMode = 'width' | 'opacity' | 'both' | 'off';

export const PRESSURE_MODES: ReadonlyArray<{ mode: PressureMode; label: string }> = [
  { mode: 'width', label: 'Width' },
  { mode: 'opacity', label: 'Opacity' },
  { mode: 'both', label: 'Width and opacity' },
  { mode: 'off', label: 'Nothing' },
];

export const isPressureMode = (value: unknown): value is PressureMode =>
  PRESSURE_MODES.some((entry) => entry.mode === value);

/**
 * The brush at one sample: its width and how opaque it is (1 = the stroke's own opacity). Only
 * pens vary with pressure: a mouse reports 0.5 whenever a button is down and touch screens report
 * 0 or 1, neither of which is a real pressure.
 */
export function pressureBrush(
  size: number,
  sample: Pick<PointerSample, 'pressure' | 'pointerType'>,
  mode: PressureMode = 'width',
): { width: number; alpha: number } {
  if (sample.pointerType !== 'pen' || mode === 'off') return { width: size, alpha: 1 };
  const pressure = Math.min(1, Math.max(0, sample.pressure));
  const width =
    mode === 'opacity'
      ? size
      : Math.max(0.5, size * (MIN_PRESSURE_SHARE + (1 - MIN_PRESSURE_SHARE) * pressure));
  const alpha = mode === 'width' ? 1 : MIN_PRESSURE_ALPHA + (1 - MIN_PRESSURE_ALPHA) * pressure;
  return { width, alpha };
}

/** The brush width for a sample, pressure changing the width. */
export function strokeWidth(size: number, sample: Pick<PointerSample, 'pressure' | 'pointerType'>) {
  return pressureBrush(size, sample, 'width').width;
}
