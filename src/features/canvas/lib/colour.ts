/** Colours as the `<input type="color">` speaks them: `#rrggbb`. */
export function toHex(r: number, g: number, b: number): string {
  const byte = (v: number) => Math.min(255, Math.max(0, Math.round(v)));
  return `#${[r, g, b].map((v) => byte(v).toString(16).padStart(2, '0')).join('')}`;
}

export const isHexColour = (value: string) => /^#[0-9a-f]{6}$/i.test(value);

export function parseHex(hex: string): [number, number, number] {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  const value = match ? parseInt(match[1]!, 16) : 0xffffff;
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** A paint pixel (RGBA, not premultiplied) over an opaque background, as the picker reports it. */
export function compositeOver(
  rgba: ArrayLike<number>,
  background: readonly [number, number, number],
): string {
  const a = (rgba[3] ?? 0) / 255;
  const mix = (i: 0 | 1 | 2) => (rgba[i] ?? 0) * a + background[i] * (1 - a);
  return toHex(mix(0), mix(1), mix(2));
}
