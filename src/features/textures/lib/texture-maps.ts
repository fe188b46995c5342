import type { TextureImage } from '../../../../contract/index.ts';
import { TEXTURE_TYPES, type TextureType } from '../../../../contract/limits.ts';

const LABELS: Record<TextureType, string> = {
  ALBEDO: 'Albedo',
  NORMAL: 'Normal',
  ROUGHNESS: 'Roughness',
  DISPLACEMENT: 'Displacement',
  HDRP_MASK: 'HDRP mask',
};

const HINTS: Record<TextureType, string> = {
  ALBEDO: 'base colour',
  NORMAL: 'surface detail',
  ROUGHNESS: 'how matte each point is',
  DISPLACEMENT: 'height',
  HDRP_MASK: 'metal, occlusion and smoothness for Unity HDRP',
};

export const mapLabel = (type: TextureType) => LABELS[type];
export const mapHint = (type: TextureType) => HINTS[type];
/** The image's alternative text names the map, so a screen reader can tell the four apart. */
export const mapAlt = (type: TextureType) => `${LABELS[type]} map`;

/** In the order the API documents (albedo first), whatever order the answer used. */
export function sortMaps(images: readonly TextureImage[]): TextureImage[] {
  return [...images].sort((a, b) => TEXTURE_TYPES.indexOf(a.type) - TEXTURE_TYPES.indexOf(b.type));
}

/** The first URL of each type: what the 3D preview binds to its material. */
export function mapUrls(images: readonly TextureImage[]): Partial<Record<TextureType, string>> {
  const urls: Partial<Record<TextureType, string>> = {};
  for (const image of images) urls[image.type] ??= image.url;
  return urls;
}
