/** The engine's image processing: deterministic, model-free stand-ins for Leonardo's generators. */
export { ImageInputError } from './types.ts';
export type { RgbImage } from './types.ts';
export {
  decodeDataUrl,
  decodeImageFile,
  encodeJpeg,
  encodePng,
  jpegDataUrl,
  resizeRgb,
} from './decode.ts';
export { promptLook } from './prompt-look.ts';
export type { PromptLook } from './prompt-look.ts';
export { renderTextToImage, renderTextToImagePixels } from './text-to-image.ts';
export type { TextToImageParams } from './text-to-image.ts';
export { lcmImageToImage } from './lcm.ts';
export type { LcmParams } from './lcm.ts';
export { inpaintImage } from './inpaint.ts';
export type { InpaintParams } from './inpaint.ts';
export { upscaleImage } from './upscale.ts';
export type { UpscaleParams } from './upscale.ts';
export { motionDisplacement, motionPath, renderMotionMp4 } from './motion.ts';
export { parseObj, renderTextureMaps } from './texture.ts';
export type { ObjMesh, TextureMaps, TextureParams } from './texture.ts';
export { renderImageToImage } from './image-to-image.ts';
export type { ImageToImageParams } from './image-to-image.ts';
export { edgeMap } from './edges.ts';
export { encodePngWithAlpha, foregroundAlpha } from './foreground.ts';
