/** Colour helpers. Colours are `[r, g, b]` in 0..1, display-referred (no linearisation). */
export type Rgb = [number, number, number];

export function hex(value: string): Rgb {
  const n = parseInt(value.replace('#', ''), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

export function mixRgb(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

export function luma(c: Rgb): number {
  return 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2];
}

export function clamp01(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : v;
}

export function smoothstep(e0: number, e1: number, x: number): number {
  const t = clamp01((x - e0) / (e1 - e0));
  return t * t * (3 - 2 * t);
}

/** Hue in degrees [0, 360), saturation and lightness in 0..1. */
export function hslToRgb(h: number, s: number, l: number): Rgb {
  const hue = (((h % 360) + 360) % 360) / 60;
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs((hue % 2) - 1));
  const m = l - c / 2;
  const sector = Math.floor(hue);
  const [r, g, b] =
    sector === 0
      ? [c, x, 0]
      : sector === 1
        ? [x, c, 0]
        : sector === 2
          ? [0, c, x]
          : sector === 3
            ? [0, x, c]
            : sector === 4
              ? [x, 0, c]
              : [c, 0, x];
  return [r + m, g + m, b + m];
}

export function rgbToHsl(c: Rgb): [number, number, number] {
  const [r, g, b] = c;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  if (d < 1e-6) return [0, 0, l];
  const s = d / (1 - Math.abs(2 * l - 1));
  const h = max === r ? ((g - b) / d + 6) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h * 60, Math.min(1, s), l];
}

/**
 * A 256-entry colour ramp through the stops (evenly spaced), used to gradient-map scalar fields
 * and luminance onto a palette.
 */
export function buildRamp(stops: readonly Rgb[]): Float32Array {
  const ramp = new Float32Array(256 * 3);
  const n = stops.length;
  for (let i = 0; i < 256; i++) {
    const t = (i / 255) * (n - 1);
    const k = Math.min(n - 2, Math.floor(t));
    const a = stops[Math.max(0, k)] ?? [0, 0, 0];
    const b = stops[Math.max(0, k + 1)] ?? a;
    const c = mixRgb(a, b, n > 1 ? t - k : 0);
    ramp[i * 3] = c[0];
    ramp[i * 3 + 1] = c[1];
    ramp[i * 3 + 2] = c[2];
  }
  return ramp;
}

/** Index into a ramp for a value in 0..1. */
export function rampIndex(v: number): number {
  return (v <= 0 ? 0 : v >= 1 ? 255 : (v * 255 + 0.5) | 0) * 3;
}
