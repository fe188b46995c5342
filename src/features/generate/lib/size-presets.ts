export interface SizePreset {
  label: string;
  width: number;
  height: number;
}

/** Common sizes; anything else is "Custom" and typed into width and height. */
export const SIZE_PRESETS: readonly SizePreset[] = [
  { label: 'Small square', width: 256, height: 256 },
  { label: 'Square', width: 512, height: 512 },
  { label: 'Large square', width: 1024, height: 1024 },
  { label: 'Landscape 4:3', width: 1024, height: 768 },
  { label: 'Portrait 3:4', width: 768, height: 1024 },
  { label: 'Wide 16:9', width: 1024, height: 576 },
  { label: 'Tall 9:16', width: 576, height: 1024 },
];

export const CUSTOM_SIZE = 'custom';

export const presetValue = (preset: SizePreset) => `${preset.width}x${preset.height}`;

/** The preset a width and height (as typed) match, as the select's value, or CUSTOM_SIZE. */
export function sizeSelection(width: string, height: string): string {
  const match = SIZE_PRESETS.find(
    (preset) => String(preset.width) === width.trim() && String(preset.height) === height.trim(),
  );
  return match ? presetValue(match) : CUSTOM_SIZE;
}

export function presetByValue(value: string): SizePreset | undefined {
  return SIZE_PRESETS.find((preset) => presetValue(preset) === value);
}
