/** RENDER_3D → "Render 3D", SKETCH_BW → "Sketch BW": the enum as words. */
export function styleLabel(style: string): string {
  return style
    .split('_')
    .map((word) =>
      word.length <= 2 || /\d/.test(word) ? word : word[0] + word.slice(1).toLowerCase(),
    )
    .join(' ');
}
